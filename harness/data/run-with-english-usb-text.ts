import { createRun } from '@shared/offboarding/run'

/** The journal line a run stored before the USB check kept facts: English text, written once and kept as it is. */
export const STORED_USB_LINE = 'USB account check: user 0: Xiaomi ×0, Google ×1, other ×2.'
/** The evidence such a run kept for a step confirmed over USB. */
export const STORED_USB_EVIDENCE =
  'No Xiaomi account on user 0 of Redmi Note 13 Pro 5G (serial …AB12), read over USB (accounts: Xiaomi 0, Google 1, other 2).'

/**
 * A sell run as Handover stored it before the USB check kept its facts, as parsed JSON: the Xiaomi sign-out
 * confirmed over USB with English evidence, and the check's English line in the journal.
 */
export function runWithEnglishUsbText(deviceId: string, start: string, confirmedAt: string): Record<string, unknown> {
  const run = createRun(deviceId, 'sell', start)
  const evidence = { status: 'done', at: confirmedAt, confirmedBy: 'usb', evidence: STORED_USB_EVIDENCE }
  return JSON.parse(
    JSON.stringify({
      ...run,
      steps: { ...run.steps, 'xiaomi-sign-out': evidence },
      journal: [
        ...run.journal,
        { kind: 'usb-check', at: confirmedAt, summary: STORED_USB_LINE },
        { kind: 'step', at: confirmedAt, stepId: 'xiaomi-sign-out', from: { status: 'pending' }, to: evidence }
      ]
    })
  ) as Record<string, unknown>
}
