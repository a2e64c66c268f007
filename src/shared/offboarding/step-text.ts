import { stepDefinition, type StepId, type WarningId } from './catalogue'
import type { OsVariant } from './os-variant'
import { regionalKey, type GuidanceRegion } from './region'
import type { GuidedScenario } from './scenarios'

/** Which words a step shows: i18n keys in the offboarding namespace, chosen for the phone's OS and region. */
export interface StepTextKeys {
  title: string
  why: string
  ifSkipped: string
  instructions: string
  /** A note for the scenario; the key may have no text (then nothing is shown). */
  scenarioNote: string
  warnings: ReadonlyArray<{ id: WarningId; title: string; text: string }>
}

/** The text keys of a step for a phone: per OS variant where the step has them, and the China wording in China. */
export function stepTextKeys(id: StepId, scenario: GuidedScenario, variant: OsVariant, region: GuidanceRegion): StepTextKeys {
  const def = stepDefinition(id)
  const base = `steps.${id}`
  return {
    title: `${base}.title`,
    why: regionalKey(`${base}.why`, region),
    ifSkipped: regionalKey(`${base}.ifSkipped`, region),
    instructions: regionalKey(
      `${base}.instructions.${def.perOs ? variant : def.ownInstructionsIn.includes(scenario) ? scenario : 'any'}`,
      region
    ),
    scenarioNote: `${base}.byScenario.${scenario}`,
    warnings: def.warnings.map((w) => ({ id: w, title: `warnings.${w}.title`, text: regionalKey(`warnings.${w}.text`, region) }))
  }
}
