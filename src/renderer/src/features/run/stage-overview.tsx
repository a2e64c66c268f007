import { useTranslation } from 'react-i18next'
import { stepsOf, type StepDefinition } from '@shared/offboarding/catalogue'
import { currentStepId, isSettled } from '@shared/offboarding/gates'
import type { Run } from '@shared/offboarding/run'
import type { GuidedScenario } from '@shared/offboarding/scenarios'
import { STAGES, type Stage } from '@shared/offboarding/stages'

/** The stages of a scenario that have steps, each with its steps in order. */
export function stagesOf(scenario: GuidedScenario): Array<{ stage: Stage; steps: StepDefinition[] }> {
  const steps = stepsOf(scenario)
  return STAGES.map((stage) => ({ stage, steps: steps.filter((s) => s.stage === stage) })).filter((g) => g.steps.length > 0)
}

/** The label of a stage in a scenario (account deletion calls its "Reset" stage "Delete account"). */
export function stageLabel(t: ReturnType<typeof useTranslation>['t'], stage: Stage, scenario: GuidedScenario): string {
  return t([`offboarding:stages.${stage}.byScenario.${scenario}`, `offboarding:stages.${stage}.label`])
}

/** Prepare → Back up → Disconnect → Reset → Check → Hand over, with overall progress. */
export function StageOverview(props: { run: Run; scenario: GuidedScenario }) {
  const { t } = useTranslation('offboarding')
  const { run, scenario } = props
  const groups = stagesOf(scenario)
  const all = groups.flatMap((g) => g.steps)
  const settled = all.filter((s) => isSettled(run.steps[s.id])).length
  const percentage = Math.round((settled / all.length) * 100)
  const current = currentStepId(run)
  return (
    <div className="stage-overview">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('ui.run.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percentage}
        aria-valuetext={t('ui.run.progressText', { settled, total: all.length })}
      >
        <div className="progress-bar" style={{ width: `${percentage}%` }} />
      </div>
      <ol className="stages" aria-label={t('ui.run.stages')}>
        {groups.map(({ stage, steps }) => {
          const done = steps.filter((s) => isSettled(run.steps[s.id])).length
          const isCurrent = steps.some((s) => s.id === current)
          const complete = done === steps.length
          return (
            <li
              key={stage}
              className={`stage${isCurrent ? ' stage-current' : ''}${complete ? ' stage-complete' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="stage-name">{stageLabel(t, stage, scenario)}</span>
              <span className="stage-count">
                {t('ui.run.stageProgress', { settled: done, total: steps.length })}
                {complete && <span className="visually-hidden">, {t('ui.run.stageDone')}</span>}
                {isCurrent && <span className="visually-hidden">, {t('ui.run.stageCurrent')}</span>}
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
