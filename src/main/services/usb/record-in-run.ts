import type { StepId } from '@shared/offboarding/catalogue'
import type { Run } from '@shared/offboarding/run'
import type { AccountFamily } from '@shared/usb/account-census'
import { censusSummary, evidenceSummary } from '@shared/usb/account-check'
import type { AccountCheckReport } from './phone-read'

/** The steps an account check can confirm, by the family that must be gone. */
const STEP_FOR_FAMILY: Record<AccountFamily, StepId> = { xiaomi: 'xiaomi-sign-out', google: 'remove-google-accounts' }

/** The part of the run service the USB check writes to. */
export interface RunJournal {
  get(deviceId: string): Run | null
  confirmStepByUsb(deviceId: string, stepId: StepId, evidenceSummary: string): Promise<Run>
  journalUsbCheck(deviceId: string, summary: string): Promise<Run>
}

/**
 * Records account checks in the phone's run: every check (or "could not read") goes in the journal;
 * a step is confirmed over USB only when its family is gone from every user, the run has the step
 * (pending, or done by the owner; not "not applicable" nor already confirmed over USB), and the phone on the cable is the record's phone
 * (`recordSerial` answers '' when the record has no serial, which skips that comparison).
 */
export function recordAccountCheckInRun(runs: RunJournal, recordSerial: (deviceId: string) => string | Promise<string>) {
  return async ({ deviceId, check, serial }: AccountCheckReport): Promise<void> => {
    const run = runs.get(deviceId)
    if (!run) return
    const expected = (await recordSerial(deviceId)).trim()
    if (expected && check.census.state === 'read' && serial.toLowerCase() !== expected.toLowerCase()) {
      await runs.journalUsbCheck(
        deviceId,
        'USB account check read a different phone than this record (serials differ); nothing is confirmed.'
      )
      return
    }
    await runs.journalUsbCheck(deviceId, censusSummary(check))
    for (const family of ['xiaomi', 'google'] as const) {
      const stepId = STEP_FOR_FAMILY[family]
      const evidence = evidenceSummary(check, family)
      const state = run.steps[stepId]
      if (!evidence || !state || state.status === 'not-applicable' || (state.status === 'done' && state.confirmedBy === 'usb')) continue
      await runs.confirmStepByUsb(deviceId, stepId, evidence.slice(0, 500))
    }
  }
}
