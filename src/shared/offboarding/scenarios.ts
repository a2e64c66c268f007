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
 * The phone's status once a run of this scenario is finished, or null when the run does not
 * move the phone's status at all (the phone stays with its owner, or nothing can be done yet).
 * Runs that move the status go preparing → ready → this status.
 */
export const FINISHED_STATUS: Record<Scenario, DeviceStatus | null> = {
  sell: 'handed-over',
  'trade-in': 'handed-over',
  family: 'handed-over',
  repair: 'ready',
  'delete-account': null,
  'locked-out': null
}
