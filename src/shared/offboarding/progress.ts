import { stepDefinition, stepsOf, stepTitleKey, type StepId } from './catalogue'
import { currentStepId, isFinished, isReady, isSettled } from './gates'
import { GATHER_ITEMS } from './locked-out'
import type { Run } from './run'
import { isGuided, type Scenario } from './scenarios'
import type { Stage } from './stages'

/** What the dashboard card shows about a phone's run. */
export interface RunProgress {
  deviceId: string
  scenario: Scenario
  /** 0–100: settled steps of the scenario (for locked-out: gathered checklist items). */
  percentage: number
  /** The stage of the next step; the last stage when none is left; null for locked-out. */
  stage: Stage | null
  /** The first pending step, or null. */
  nextStepId: StepId | null
  /** i18n key (with namespace) of that step's title, or null. */
  nextStepTitleKey: string | null
  /** Every required step before the final one is settled. */
  ready: boolean
  /** The final step is done. */
  finished: boolean
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100)
}

/** The progress summary of a run. */
export function runProgress(run: Run): RunProgress {
  const base = { deviceId: run.deviceId, scenario: run.scenario, ready: isReady(run), finished: isFinished(run) }
  if (!isGuided(run.scenario)) {
    return { ...base, percentage: percent(run.gathered.length, GATHER_ITEMS.length), stage: null, nextStepId: null, nextStepTitleKey: null }
  }
  const steps = stepsOf(run.scenario)
  const next = currentStepId(run)
  const settled = steps.filter((s) => isSettled(run.steps[s.id])).length
  return {
    ...base,
    percentage: percent(settled, steps.length),
    stage: next ? stepDefinition(next).stage : (steps.at(-1)?.stage ?? null),
    nextStepId: next,
    nextStepTitleKey: next ? stepTitleKey(next) : null
  }
}
