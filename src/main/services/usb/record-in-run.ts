import type { StepId } from '@shared/offboarding/catalogue'
import type { Run } from '@shared/offboarding/run'
import type { AccountFamily } from '@shared/usb/account-census'
import { usbEvidence, usbFinding } from '@shared/usb/account-check'
import type { UsbEvidence, UsbFinding } from '@shared/usb/check-facts'
import type { AccountCheckReport } from './phone-read'

/** The steps an account check can confirm, by the family that must be gone. */
const STEP_FOR_FAMILY: Record<AccountFamily, StepId> = { xiaomi: 'xiaomi-sign-out', google: 'remove-google-accounts' }

/** The part of the run service the USB check writes to. */
export interface RunJournal {
  get(deviceId: string): Run | null
  confirmStepByUsb(deviceId: string, stepId: StepId, evidence: UsbEvidence): Promise<Run>
  journalUsbCheck(deviceId: string, finding: UsbFinding): Promise<Run>
}

/**
 * Records account checks in the phone's run as facts, never sentences: every check ("could not read" and "another phone"
 * included) goes in the journal;
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
      await runs.journalUsbCheck(deviceId, { state: 'other-phone' })
      return
    }
    await runs.journalUsbCheck(deviceId, usbFinding(check))
    for (const family of ['xiaomi', 'google'] as const) {
      const stepId = STEP_FOR_FAMILY[family]
      const evidence = usbEvidence(check, family)
      const state = run.steps[stepId]
      if (!evidence || !state || state.status === 'not-applicable' || (state.status === 'done' && state.confirmedBy === 'usb')) continue
      await runs.confirmStepByUsb(deviceId, stepId, evidence)
    }
  }
}
