import type { OfficialLinkId } from './links'
import type { GuidedScenario } from './scenarios'
import type { Stage } from './stages'

/** Every step id, in catalogue order (the order a run walks them). */
export const STEP_IDS = [
  'check-credentials',
  'backup',
  'unpair-wearables',
  'cancel-subscriptions',
  'protect-for-repair',
  'find-device-off',
  'xiaomi-sign-out',
  'remove-from-cloud-list',
  'remove-google-accounts',
  'confirm-no-other-devices',
  'remove-sim-esim',
  'factory-reset',
  'delete-xiaomi-account',
  'post-reset-check',
  'hand-over'
] as const
/** One step id; its texts live under `offboarding:steps.<id>`. */
export type StepId = (typeof STEP_IDS)[number]

/** Warnings a step can carry; texts under `offboarding:warnings.<id>`. */
export const WARNING_IDS = [
  'google-password-24h',
  'find-device-password',
  'keep-remove-synced-data',
  'reset-from-settings',
  'usb-debugging-after-sign-out',
  'esim-delete',
  'account-deletion-permanent',
  'sign-out-order',
  'second-factor',
  'esim-kept-through-reset',
  'check-online'
] as const
/** One warning id. */
export type WarningId = (typeof WARNING_IDS)[number]

/** What must be settled before a step can be marked. */
export interface StepPrerequisites {
  /** Steps that must be done or not applicable (only those in the run's scenario count). */
  steps: readonly StepId[]
  /** Every backup category must be checked (backed up and opened elsewhere) or skipped with a reason. */
  backups: boolean
  /** Every other required step of the scenario must be settled (the last step of a run). */
  allRequired: boolean
}

/** One step of the catalogue, as data. Its words are in the i18n resources. */
export interface StepDefinition {
  id: StepId
  stage: Stage
  /** Scenarios in which the step must be settled before the run can finish. */
  requiredIn: readonly GuidedScenario[]
  /** Scenarios that offer the step as a recommendation. */
  optionalIn: readonly GuidedScenario[]
  /** True when the instructions differ per OS variant (keys `instructions.miui|hyperos|other`); else `instructions.any`. */
  perOs: boolean
  /** Scenarios whose instructions replace the step's own (keys `instructions.<scenario>`), such as a repair's hand-over. */
  ownInstructionsIn: readonly GuidedScenario[]
  /** Its menu paths are not confirmed for every build: the step shows the Settings search hint. */
  showsSearchHint: boolean
  /** The USB account check can confirm this step. */
  usbConfirmable: boolean
  /** The owner may skip it, giving a reason. Account steps cannot be skipped: they are what protects the next owner. */
  canSkip: boolean
  /** The owner may mark it "not applicable" (for example, the phone never had a Google account). */
  canBeNotApplicable: boolean
  /** Its state follows the backup categories; it is never marked by hand. */
  followsBackups: boolean
  waitsFor: StepPrerequisites
  warnings: readonly WarningId[]
  links: readonly OfficialLinkId[]
}

const ALL: readonly GuidedScenario[] = ['sell', 'trade-in', 'family', 'repair', 'delete-account']
const GIVE_AWAY: readonly GuidedScenario[] = ['sell', 'trade-in', 'family']
const NO_WAIT: StepPrerequisites = { steps: [], backups: false, allRequired: false }

type Defaults = Pick<
  StepDefinition,
  | 'optionalIn'
  | 'perOs'
  | 'ownInstructionsIn'
  | 'showsSearchHint'
  | 'usbConfirmable'
  | 'canSkip'
  | 'canBeNotApplicable'
  | 'followsBackups'
  | 'waitsFor'
  | 'warnings'
  | 'links'
>
const DEFAULTS: Defaults = {
  optionalIn: [],
  perOs: false,
  ownInstructionsIn: [],
  showsSearchHint: false,
  usbConfirmable: false,
  canSkip: false,
  canBeNotApplicable: false,
  followsBackups: false,
  waitsFor: NO_WAIT,
  warnings: [],
  links: []
}

function step(id: StepId, stage: Stage, requiredIn: readonly GuidedScenario[], rest: Partial<Defaults>): StepDefinition {
  return { ...DEFAULTS, showsSearchHint: rest.perOs ?? false, ...rest, id, stage, requiredIn }
}

/** The step catalogue, in run order. */
export const STEP_CATALOGUE: readonly StepDefinition[] = [
  step('check-credentials', 'prepare', ALL, {
    warnings: ['second-factor', 'google-password-24h'],
    links: ['xiaomi-account', 'xiaomi-account-recovery', 'google-account']
  }),
  step('backup', 'backup', ALL, { followsBackups: true }),
  // Bands and smart-home devices are bound to the account, and balances go with it: the delete-account scenario needs both.
  step('unpair-wearables', 'disconnect', ['sell', 'trade-in', 'delete-account'], {
    optionalIn: ['family'],
    showsSearchHint: true,
    canSkip: true,
    canBeNotApplicable: true
  }),
  step('cancel-subscriptions', 'disconnect', ['sell', 'trade-in', 'delete-account'], {
    optionalIn: ['family'],
    showsSearchHint: true,
    canSkip: true,
    canBeNotApplicable: true
  }),
  step('protect-for-repair', 'disconnect', ['repair'], {}),
  step('find-device-off', 'disconnect', ['sell', 'trade-in', 'family', 'delete-account'], {
    optionalIn: ['repair'],
    perOs: true,
    canBeNotApplicable: true,
    warnings: ['find-device-password'],
    links: ['xiaomi-cloud']
  }),
  step('xiaomi-sign-out', 'disconnect', ['sell', 'trade-in', 'family', 'delete-account'], {
    perOs: true,
    usbConfirmable: true,
    canBeNotApplicable: true,
    waitsFor: { ...NO_WAIT, backups: true },
    warnings: ['sign-out-order', 'keep-remove-synced-data', 'usb-debugging-after-sign-out']
  }),
  step('remove-from-cloud-list', 'disconnect', ['sell', 'trade-in', 'family', 'delete-account'], {
    showsSearchHint: true,
    canBeNotApplicable: true,
    waitsFor: { ...NO_WAIT, steps: ['xiaomi-sign-out'] },
    links: ['xiaomi-cloud', 'google-device-activity']
  }),
  step('remove-google-accounts', 'disconnect', GIVE_AWAY, {
    perOs: true,
    usbConfirmable: true,
    canBeNotApplicable: true,
    waitsFor: { ...NO_WAIT, backups: true },
    warnings: ['sign-out-order', 'google-password-24h'],
    links: ['google-device-activity']
  }),
  step('confirm-no-other-devices', 'disconnect', ['delete-account'], {
    showsSearchHint: true,
    waitsFor: { ...NO_WAIT, steps: ['remove-from-cloud-list', 'unpair-wearables'] },
    links: ['xiaomi-cloud', 'xiaomi-account']
  }),
  step('remove-sim-esim', 'disconnect', GIVE_AWAY, { perOs: true, warnings: ['esim-delete'] }),
  step('factory-reset', 'reset', GIVE_AWAY, {
    perOs: true,
    waitsFor: {
      steps: ['find-device-off', 'xiaomi-sign-out', 'remove-google-accounts', 'remove-sim-esim'],
      backups: true,
      allRequired: false
    },
    warnings: ['reset-from-settings', 'esim-kept-through-reset', 'google-password-24h']
  }),
  step('delete-xiaomi-account', 'reset', ['delete-account'], {
    waitsFor: {
      steps: [
        'unpair-wearables',
        'cancel-subscriptions',
        'find-device-off',
        'xiaomi-sign-out',
        'remove-from-cloud-list',
        'confirm-no-other-devices'
      ],
      backups: true,
      allRequired: false
    },
    warnings: ['account-deletion-permanent'],
    links: ['xiaomi-account']
  }),
  step('post-reset-check', 'check', GIVE_AWAY, {
    waitsFor: { ...NO_WAIT, steps: ['factory-reset'] },
    warnings: ['check-online'],
    links: ['xiaomi-cloud', 'google-device-activity']
  }),
  step('hand-over', 'hand-over', ['sell', 'trade-in', 'family', 'repair'], {
    waitsFor: { ...NO_WAIT, allRequired: true },
    ownInstructionsIn: ['repair']
  })
]

const BY_ID = new Map(STEP_CATALOGUE.map((s) => [s.id, s]))

/** The catalogue entry of a step. */
export function stepDefinition(id: StepId): StepDefinition {
  const found = BY_ID.get(id)
  if (!found) throw new Error(`Unknown step ${id}`)
  return found
}

/** The steps of a scenario (required and optional), in run order. */
export function stepsOf(scenario: GuidedScenario): StepDefinition[] {
  return STEP_CATALOGUE.filter((s) => s.requiredIn.includes(scenario) || s.optionalIn.includes(scenario))
}

/** True when the scenario requires the step (not merely recommends it). */
export function isRequired(id: StepId, scenario: GuidedScenario): boolean {
  return stepDefinition(id).requiredIn.includes(scenario)
}

/** The i18n key of a step's title, with its namespace. */
export function stepTitleKey(id: StepId): string {
  return `offboarding:steps.${id}.title`
}
