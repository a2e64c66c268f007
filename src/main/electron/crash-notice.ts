/** The dialog shown when part of the app stopped unexpectedly. */
export interface CrashNotice {
  title: string
  message: string
  detail: string
  buttons: ['Reload', 'Quit']
}

const QUIET_REASONS = new Set(['clean-exit', 'killed'])

/**
 * What to tell the user when the window's page or a helper process ended, or null when it ended
 * on purpose. Every change is saved when it is made, so reloading loses nothing.
 */
export function crashNotice(part: 'window' | 'helper', reason: string, helperType = ''): CrashNotice | null {
  if (QUIET_REASONS.has(reason)) return null
  const what = part === 'window' ? 'Handover’s window stopped unexpectedly' : `A part of Handover (${helperType || 'helper'}) stopped unexpectedly`
  return {
    title: 'Handover',
    message: `${what} (${reason}).`,
    detail: 'Nothing was lost: every change was saved when you made it. Reload to carry on where you were.',
    buttons: ['Reload', 'Quit']
  }
}
