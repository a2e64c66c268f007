import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServices, type Services } from '@main/services/create-services'
import type { Clock } from '@main/services/ports'
import { createScriptedDialogs, type ScriptedDialogs } from '../ports/scripted-dialogs'
import { createTestPorts } from '../ports/test-ports'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { stepsOf } from '@shared/offboarding/catalogue'
import type { RunChange } from '@shared/offboarding/reducer'
import type { DeviceInput } from '@shared/device-model'
import { madeUpImei, madeUpPhone } from './made-up-phones'

/** Services over a data folder with scripted dialogs and a clock the test can move. */
export async function servicesAt(
  dataDir: string,
  clock: Clock = { now: () => new Date() }
): Promise<{ services: Services; dialogs: ScriptedDialogs }> {
  const dialogs = createScriptedDialogs()
  const services = await createServices(dataDir, '1.0.0-test', createTestPorts({ dialogs, clock }))
  return { services, dialogs }
}

/** The changes that settle a started "sell" run: every backup skipped with a reason, every other step done in order. */
export const SELL_RUN_SETTLEMENT: readonly RunChange[] = [
  ...BACKUP_CATEGORIES.map((category): RunChange => ({ type: 'backup-skip', category, reason: 'nothing kept there' })),
  ...stepsOf('sell').flatMap((step): RunChange[] => (step.id === 'backup' ? [] : [{ type: 'step-done', stepId: step.id }]))
]

/** Completes a "sell" run of the phone: every backup skipped with a reason, every other step done in order. */
export async function finishSellRun(services: Services, deviceId: string): Promise<void> {
  await services.runs.start(deviceId, 'sell')
  await settleSellRun(services, deviceId)
}

/** Completes the phone's started "sell" run: every backup skipped with a reason, every other step done in order. */
export async function settleSellRun(services: Services, deviceId: string): Promise<void> {
  for (const change of SELL_RUN_SETTLEMENT) await services.runs.apply(deviceId, change)
}

/** What `plantHousehold` fills a data folder with: plain data, so it can travel to another process. */
export interface HouseholdPlan {
  sold: DeviceInput
  preparing: DeviceInput
  spare: DeviceInput
  sellSettlement: readonly RunChange[]
}

/** The plan of `fillHousehold`. */
export function householdPlan(): HouseholdPlan {
  return {
    sold: madeUpPhone({ nickname: 'Old Redmi' }),
    preparing: madeUpPhone({
      nickname: 'Kitchen POCO',
      brand: 'POCO',
      serial: 'TESTSERIAL0002',
      imei1: madeUpImei('86000022223333'),
      imei2: ''
    }),
    spare: madeUpPhone({
      nickname: 'Spare Xiaomi',
      brand: 'Xiaomi',
      serial: '',
      imei1: madeUpImei('35999988887777'),
      imei2: '',
      ownerId: null
    }),
    sellSettlement: SELL_RUN_SETTLEMENT
  }
}

/**
 * Fills the services as `fillHousehold` describes; the next open dialog must answer with the receipt.
 * Uses only its arguments, so the Electron e2e tier can send it to the main process.
 */
export async function plantHousehold(
  services: Services,
  plan: HouseholdPlan
): Promise<{ sold: string; preparing: string; spare: string; certificateId: string }> {
  const alex = services.household.addMember('Alex Example')
  const sam = services.household.addMember('Sam Sample')
  const sold = await services.household.create({ ...plan.sold, ownerId: alex.id })
  const preparing = await services.household.create({ ...plan.preparing, ownerId: sam.id })
  const spare = await services.household.create(plan.spare)
  await services.runs.start(sold.id, 'sell')
  for (const change of plan.sellSettlement) await services.runs.apply(sold.id, change)
  await services.runs.start(preparing.id, 'trade-in')
  await services.attachments.add(sold.id)
  const issued = await services.certificates.issue({
    deviceId: sold.id,
    languages: ['en'],
    destination: 'sold',
    preparer: { name: 'Alex Example', contact: 'alex@example.test' },
    recipient: { name: 'Sam Buyer' },
    identifiers: 'full',
    paperSize: 'A4'
  })
  return { sold: sold.id, preparing: preparing.id, spare: spare.id, certificateId: issued.certificate.id }
}

/** Writes the made-up receipt `plantHousehold` attaches into `scratch`; returns its path. */
export function writeReceipt(scratch: string): string {
  const receipt = join(scratch, 'receipt.pdf')
  writeFileSync(receipt, '%PDF-1.4 made-up receipt\n')
  return receipt
}

/**
 * Fills a data folder through the real services: two members, three phones, a finished run with its journal,
 * a receipt and an issued certificate for the first phone, and a started run for the second.
 */
export async function fillHousehold(
  services: Services,
  dialogs: ScriptedDialogs,
  scratch: string
): Promise<{ sold: string; preparing: string; spare: string; certificateId: string }> {
  dialogs.answerOpen([writeReceipt(scratch)])
  return plantHousehold(services, householdPlan())
}
