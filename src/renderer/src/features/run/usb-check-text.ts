import type { TFunction } from 'i18next'
import type { Evidence, UsbCheckSummary } from '@shared/offboarding/run'
import type { UserFamilyCounts } from '@shared/usb/check-facts'
import { appLocale } from '../../components/app-language'
import { phoneUserLabel } from '../../components/phone-user'

/** Xiaomi, Google and other accounts in words, each with the language's plural form ("2 Google accounts"). */
function accountsText(t: TFunction, counts: Omit<UserFamilyCounts, 'userId'>): string {
  return t('offboarding:ui.usbCheck.accounts', {
    xiaomi: t('offboarding:ui.usbCheck.xiaomi', { count: counts.xiaomi }),
    google: t('offboarding:ui.usbCheck.google', { count: counts.google }),
    other: t('offboarding:ui.usbCheck.other', { count: counts.other })
  })
}

/**
 * A journalled USB check in the reader's language: every user's counts, why the phone could not be read, or that it
 * was another phone. A run stored before the check kept facts shows its English text as it was written.
 */
export function usbCheckText(t: TFunction, summary: UsbCheckSummary): string {
  if (typeof summary === 'string') return summary
  switch (summary.state) {
    case 'read': {
      const users = summary.users.map((counts) => {
        const user = phoneUserLabel(t, counts.userId)
        return counts.xiaomi + counts.google + counts.other === 0
          ? t('offboarding:ui.usbCheck.noAccounts', { user })
          : t('offboarding:ui.usbCheck.user', { user, accounts: accountsText(t, counts) })
      })
      return t('offboarding:ui.usbCheck.read', { users: users.join(t('offboarding:ui.usbCheck.userSeparator')) })
    }
    case 'unknown':
      return t('offboarding:ui.usbCheck.unknown', { reason: t(`usb:unknown.${summary.reason}`) })
    case 'other-phone':
      return t('offboarding:ui.usbCheck.otherPhone')
  }
}

/**
 * Why the USB check confirmed a step, in the reader's language: the family gone from every user (listed), the phone
 * (name and serial tail) and the accounts left on it. Older runs show their English text as it was written.
 */
export function usbEvidenceText(t: TFunction, evidence: Evidence): string {
  if (typeof evidence === 'string') return evidence
  const totals = { xiaomi: 0, google: 0, other: 0 }
  for (const user of evidence.users) {
    totals.xiaomi += user.xiaomi
    totals.google += user.google
    totals.other += user.other
  }
  const name = evidence.phone?.name || t('offboarding:ui.usbEvidence.unnamedPhone')
  const phone = evidence.phone?.serialTail ? t('offboarding:ui.usbEvidence.phone', { name, tail: evidence.phone.serialTail }) : name
  const users = new Intl.ListFormat(appLocale(), { type: 'conjunction' }).format(evidence.users.map((user) => String(user.userId)))
  return t(`offboarding:ui.usbEvidence.${evidence.family}`, { users, phone, accounts: accountsText(t, totals) })
}
