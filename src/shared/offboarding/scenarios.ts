import type { DeviceStatus } from '../device-model'

/** What is happening to the phone; chosen first when a run starts. */
export const SCENARIOS = ['sell', 'trade-in', 'family', 'repair', 'delete-account', 'locked-out'] as const
/** One scenario id. */
export type Scenario = (typeof SCENARIOS)[number]
/** Scenarios with a step list: every one except "locked-out", which offers official routes only. */
export type GuidedScenario = Exclude<Scenario, 'locked-out'>
/** The guided scenarios, in the order the chooser shows them. */
export const GUIDED_SCENARIOS = SCENARIOS.filter((s): s is GuidedScenario => s !== 'locked-out')

/** True for a scenario that has a step list. */
export function isGuided(scenario: Scenario): scenario is GuidedScenario {
  return scenario !== 'locked-out'
}

/**
 * The phone's status once a run of this scenario is finished. Every run moves the phone to
 * "preparing" while it goes on, then "ready", then this status. Deleting the account leaves a
 * reset phone with no account: ready for whatever comes next. A locked-out run has no steps and
 * never finishes (null): the phone stays "preparing" while the owner works through Xiaomi's recovery.
 */
export const FINISHED_STATUS: Record<Scenario, DeviceStatus | null> = {
  sell: 'handed-over',
  'trade-in': 'handed-over',
  family: 'handed-over',
  repair: 'ready',
  'delete-account': 'ready',
  'locked-out': null
}
