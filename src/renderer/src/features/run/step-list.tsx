import { useTranslation } from 'react-i18next'
import { isRequired, type StepId } from '@shared/offboarding/catalogue'
import { stepGate } from '@shared/offboarding/gates'
import type { Run } from '@shared/offboarding/run'
import type { GuidedScenario } from '@shared/offboarding/scenarios'
import { stageLabel, stagesOf } from './stage-overview'
import { stateLabel } from './run-text'

/** Every step of the run, grouped by stage, with its state; choosing one shows it. */
export function StepList(props: { run: Run; scenario: GuidedScenario; selected: StepId; onSelect: (id: StepId) => void }) {
  const { t } = useTranslation('offboarding')
  const { run, scenario } = props
  return (
    <nav className="step-list" aria-label={t('ui.run.steps')}>
      {stagesOf(scenario).map(({ stage, steps }) => (
        <div key={stage} className="step-group">
          <h3>{stageLabel(t, stage, scenario)}</h3>
          <ul>
            {steps.map((s) => {
              const state = run.steps[s.id] ?? { status: 'pending' as const }
              const locked = state.status === 'pending' && stepGate(run, s.id).locked
              return (
                <li key={s.id} className={`step-item step-${state.status}${locked ? ' step-locked' : ''}`}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={props.selected === s.id ? 'step' : undefined}
                    onClick={() => props.onSelect(s.id)}
                  >
                    {t(`steps.${s.id}.title`)}
                  </button>
                  <span className="step-item-state">
                    {locked ? t('ui.states.locked') : stateLabel(t, state)}
                    {!isRequired(s.id, scenario) && ` · ${t('ui.run.optional')}`}
                  </span>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}
