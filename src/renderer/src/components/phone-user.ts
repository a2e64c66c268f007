import type { TFunction } from 'i18next'

/** An Android user of the phone in words: the main user (0), Dual apps (999), or Second space / another user (needs `usb` loaded). */
export function phoneUserLabel(t: TFunction, userId: number): string {
  if (userId === 0) return t('usb:accounts.userMain')
  if (userId === 999) return t('usb:accounts.userDual', { id: userId })
  return t('usb:accounts.userOther', { id: userId })
}
