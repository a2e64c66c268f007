import type { TFunction } from 'i18next'

/** The dialog shown when part of the app stopped unexpectedly. */
export interface CrashNotice {
  title: string
  message: string
  detail: string
  /** Reload, then Quit. */
  buttons: [string, string]
}

const QUIET_REASONS = new Set(['clean-exit', 'killed'])

/**
 * What to tell the user, in the language of `t`, when the window's page or a helper process ended, or null when it
 * ended on purpose. Every change is saved when it is made, so reloading loses nothing.
 */
export function crashNotice(t: TFunction, part: 'window' | 'helper', reason: string, helperType = ''): CrashNotice | null {
  if (QUIET_REASONS.has(reason)) return null
  return {
    title: 'Handover',
    message:
      part === 'window'
        ? t('main:crash.window', { reason })
        : t('main:crash.helper', { reason, part: helperType || t('main:crash.helperUnnamed') }),
    detail: t('main:crash.detail'),
    buttons: [t('main:crash.reload'), t('main:crash.quit')]
  }
}
