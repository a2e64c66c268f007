import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import { usbEvidenceSchema, usbFindingSchema } from '../usb/check-facts'
import { BACKUP_CATEGORIES, BACKUP_METHODS, BACKUP_STATUSES, type BackupCategory } from './backup'
import { STEP_IDS, stepsOf, type StepId } from './catalogue'
import { MAX_NOTE_LENGTH, MIN_REASON_LENGTH } from './limits'
import { GATHER_ITEMS } from './locked-out'
import { isGuided, SCENARIOS, type Scenario } from './scenarios'

/** Version of the stored run document; bump it with a migration. */
export const RUN_SCHEMA_VERSION = 1

const at = z.string().datetime()

/** A reason the owner types when skipping: required, trimmed, short. */
export const reasonSchema = z.string().trim().min(MIN_REASON_LENGTH, errorKey('validation.skipReasonShort')).max(MAX_NOTE_LENGTH)

/** The English sentence runs stored before the USB check kept its facts; still read and shown as it was written. */
const storedTextSchema = z.string().trim().min(1).max(MAX_NOTE_LENGTH)

/** Why the USB check confirmed a step: its facts (phrased in the reader's language), or the English text of an older run. */
const evidenceSchema = z.union([usbEvidenceSchema, storedTextSchema])
/** The evidence of a step confirmed over USB. */
export type Evidence = z.infer<typeof evidenceSchema>

/** What a USB check found, for the journal: its facts, or the English text of an older run. */
const usbCheckSummarySchema = z.union([usbFindingSchema, storedTextSchema])
/** A journalled USB check's summary. */
export type UsbCheckSummary = z.infer<typeof usbCheckSummarySchema>

/** Who confirmed a step: the owner by hand, or Handover reading the phone over USB. */
export const CONFIRMERS = ['owner', 'usb'] as const

/** The state of one step. */
export const stepStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('done'), at, confirmedBy: z.enum(CONFIRMERS), evidence: evidenceSchema.optional() }),
  z.object({ status: z.literal('skipped'), at, reason: reasonSchema }),
  z.object({ status: z.literal('not-applicable'), at })
])
/** The state of one step: pending, done (by the owner or over USB), skipped with a reason, or not applicable. */
export type StepState = z.infer<typeof stepStateSchema>

/** The state of one backup category; a method is named once backed up, a reason when skipped. */
export const backupStateSchema = z
  .object({
    status: z.enum(BACKUP_STATUSES),
    method: z.enum(BACKUP_METHODS).optional(),
    reason: reasonSchema.optional(),
    at: at.optional()
  })
  .superRefine((state, ctx) => {
    const saved = state.status === 'backed-up' || state.status === 'verified'
    if (saved && !state.method) ctx.addIssue({ code: 'custom', path: ['method'], message: errorKey('validation.backupMethodMissing') })
    if (state.status === 'skipped' && !state.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: errorKey('validation.skipReasonMissing') })
    if (state.status !== 'pending' && !state.at) ctx.addIssue({ code: 'custom', path: ['at'], message: errorKey('validation.timeMissing') })
  })
/** The state of one backup category: pending, backed up (with its method), verified, or skipped with a reason. */
export type BackupState = z.infer<typeof backupStateSchema>

/** One line of the run's journal; only statuses, methods, account counts and the owner's reasons — no personal data. */
export const journalEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started'), at, scenario: z.enum(SCENARIOS) }),
  z.object({ kind: z.literal('step'), at, stepId: z.enum(STEP_IDS), from: stepStateSchema, to: stepStateSchema }),
  z.object({ kind: z.literal('backup'), at, category: z.enum(BACKUP_CATEGORIES), from: backupStateSchema, to: backupStateSchema }),
  z.object({ kind: z.literal('gather'), at, item: z.enum(GATHER_ITEMS), have: z.boolean() }),
  z.object({ kind: z.literal('usb-check'), at, summary: usbCheckSummarySchema }),
  z.object({ kind: z.literal('undo'), at, undoes: z.number().int().nonnegative() })
])
/** One journal entry. "undo" entries name the index of the entry they reverted. */
export type JournalEntry = z.infer<typeof journalEntrySchema>

/**
 * Steps the catalogue added to a scenario after runs of this schema version were first stored. A stored run
 * without them gets them as pending, so it still opens and the new steps are asked for; any other missing
 * step still makes the document invalid.
 */
const STEPS_ADDED_SINCE_STORED: Partial<Record<Scenario, readonly StepId[]>> = {
  'delete-account': ['unpair-wearables', 'cancel-subscriptions']
}

function withAddedSteps(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw
  const doc = raw as { scenario?: unknown; steps?: unknown }
  const scenario = doc.scenario
  const added =
    typeof scenario === 'string' && Object.hasOwn(STEPS_ADDED_SINCE_STORED, scenario)
      ? STEPS_ADDED_SINCE_STORED[scenario as Scenario]
      : undefined
  if (!added || !doc.steps || typeof doc.steps !== 'object' || Array.isArray(doc.steps)) return raw
  const steps = { ...(doc.steps as Record<string, unknown>) }
  for (const id of added) if (!Object.hasOwn(steps, id)) steps[id] = { status: 'pending' }
  return { ...doc, steps }
}

/** An offboarding run as stored: one document per phone, `<dataDir>/runs/<deviceId>.json`. */
export const runSchema = z.preprocess(
  withAddedSteps,
  z
    .object({
      schemaVersion: z.literal(RUN_SCHEMA_VERSION),
      deviceId: z.string().uuid(),
      scenario: z.enum(SCENARIOS),
      startedAt: at,
      finishedAt: at.nullable(),
      steps: z.partialRecord(z.enum(STEP_IDS), stepStateSchema),
      backups: z.partialRecord(z.enum(BACKUP_CATEGORIES), backupStateSchema),
      /** Locked-out checklist: items the owner has gathered. */
      gathered: z.array(z.enum(GATHER_ITEMS)),
      journal: z.array(journalEntrySchema)
    })
    .superRefine((run, ctx) => {
      const expected = isGuided(run.scenario) ? stepsOf(run.scenario).map((s) => s.id) : []
      const actual = Object.keys(run.steps)
      if (actual.length !== expected.length || expected.some((id) => !(id in run.steps))) {
        ctx.addIssue({ code: 'custom', path: ['steps'], message: errorKey('validation.stepsMismatch'), params: { scenario: run.scenario } })
      }
      const categories = isGuided(run.scenario) ? BACKUP_CATEGORIES.length : 0
      if (Object.keys(run.backups).length !== categories) {
        ctx.addIssue({ code: 'custom', path: ['backups'], message: errorKey('validation.backupsMismatch') })
      }
    })
)
/** An offboarding run of one phone. */
export type Run = z.infer<typeof runSchema>

/** A new run: every step of the scenario pending, every backup category pending, journal "started". */
export function createRun(deviceId: string, scenario: Scenario, startedAt: string): Run {
  const steps: Partial<Record<StepId, StepState>> = {}
  const backups: Partial<Record<BackupCategory, BackupState>> = {}
  if (isGuided(scenario)) {
    for (const s of stepsOf(scenario)) steps[s.id] = { status: 'pending' }
    for (const c of BACKUP_CATEGORIES) backups[c] = { status: 'pending' }
  }
  return {
    schemaVersion: RUN_SCHEMA_VERSION,
    deviceId,
    scenario,
    startedAt,
    finishedAt: null,
    steps,
    backups,
    gathered: [],
    journal: [{ kind: 'started', at: startedAt, scenario }]
  }
}
