import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stepDefinition, isRequired, type StepId } from '@shared/offboarding/catalogue'
import { stepGate, type GateItem } from '@shared/offboarding/gates'
import type { OsVariant } from '@shared/offboarding/os-variant'
import type { GuidanceRegion } from '@shared/offboarding/region'
import { stepTextKeys } from '@shared/offboarding/step-text'
import type { RunChange } from '@shared/offboarding/reducer'
import type { Run } from '@shared/offboarding/run'
import type { GuidedScenario } from '@shared/offboarding/scenarios'
import { DESTINATIONS_BY_SCENARIO } from '@shared/certificate/from-run'
import { BackupPanel } from './backup-panel'
import { OfficialLinks } from './official-link'
import { ReasonForm } from './reason-form'
import { stateLabel, stateSentence } from './run-text'
import { CertificatesCard } from '../certificate/certificates-card'
import { useReturnFocus } from '../../lib/use-return-focus'

/** Numbered instructions from one i18n string (one instruction per line). */
function Instructions(props: { text: string }) {
  return (
    <ol className="instructions">
      {props.text.split('\n').map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ol>
  )
}

/** What a locked step waits for, each with a way to go there. */
function GateNotice(props: { items: GateItem[]; onGo: (id: StepId, focusCategory?: string) => void }) {
  const { t } = useTranslation('offboarding')
  const steps = props.items.flatMap((i) => (i.kind === 'step' ? [i.stepId] : []))
  const backups = props.items.flatMap((i) => (i.kind === 'backup' ? [i.category] : []))
  return (
    <div className="gate" id="gate-notice" role="note" aria-labelledby="gate-title">
      <h3 id="gate-title">{t('ui.gate.title')}</h3>
      {steps.length > 0 && (
        <>
          <p>{t('ui.gate.steps')}</p>
          <ul>
            {steps.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="link-button gate-link"
                  aria-label={t('ui.gate.goTo', { step: t(`steps.${id}.title`) })}
                  onClick={() => props.onGo(id)}
                >
                  {t(`steps.${id}.title`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {backups.length > 0 && (
        <>
          <p>{t('ui.gate.backups')}</p>
          <ul className="gate-backups">
            {backups.map((c) => (
              <li key={c}>
                <button
                  type="button"
                  className="link-button gate-link"
                  aria-label={t('ui.gate.goToBackup', { category: t(`backup.categories.${c}.label`) })}
                  onClick={() => props.onGo('backup', c)}
                >
                  {t(`backup.categories.${c}.label`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** One step: why it matters, the instructions for this phone's OS, warnings, official links, and its actions. */
export function StepPanel(props: {
  run: Run
  scenario: GuidedScenario
  stepId: StepId
  variant: OsVariant
  region: GuidanceRegion
  onChange: (change: RunChange) => Promise<Run | null>
  onGo: (id: StepId, focusCategory?: string) => void
}) {
  // 'usb' words the evidence of a step confirmed over USB
  const { t } = useTranslation(['offboarding', 'usb'])
  const { run, stepId, scenario } = props
  const [skipping, setSkipping] = useState(false)
  const skipButton = useReturnFocus<HTMLButtonElement>(skipping)
  const def = stepDefinition(stepId)
  const state = run.steps[stepId] ?? { status: 'pending' as const }
  const gate = stepGate(run, stepId)
  const pending = state.status === 'pending'
  const keys = stepTextKeys(stepId, scenario, props.variant, props.region)
  const title = t(keys.title)
  const note = t(keys.scenarioNote, { defaultValue: '' })
  // The hand-over of a phone that changes hands is completed by issuing its certificate: that is the main action.
  const certified = stepId === 'hand-over' && DESTINATIONS_BY_SCENARIO[scenario].length > 0
  const sentence = stateSentence(t, state)

  return (
    <section className="card step-panel" aria-labelledby="step-title">
      <header className="step-header">
        <h2 id="step-title" tabIndex={-1}>
          {title}
        </h2>
        <span className={`step-badge step-${state.status}`}>
          {pending && gate.locked ? t('ui.states.locked') : stateLabel(t, state)}
          {!isRequired(stepId, scenario) && ` · ${t('ui.run.optional')}`}
        </span>
      </header>
      {sentence && <p className="step-state">{sentence}</p>}
      {pending && gate.locked && <GateNotice items={gate.waitsFor} onGo={props.onGo} />}
      <div className="step-why">
        <p>
          <strong>{t('ui.run.why')}: </strong>
          {t(keys.why)}
        </p>
        <p>
          <strong>{t('ui.run.ifSkipped')}: </strong>
          {t(keys.ifSkipped)}
        </p>
      </div>
      {keys.warnings.map((w) => (
        <div key={w.id} className="warning" role="note" aria-label={t(w.title)}>
          <strong>{t(w.title)}</strong>
          <p>{t(w.text)}</p>
        </div>
      ))}
      <section aria-labelledby="instructions-title" className="step-instructions">
        <h3 id="instructions-title">
          {def.perOs ? t('ui.run.instructionsFor', { variant: t(`variants.${props.variant}`) }) : t('ui.run.instructions')}
        </h3>
        <Instructions text={t(keys.instructions)} />
        {note && <p className="step-note">{note}</p>}
        {def.showsSearchHint && <p className="muted search-hint">{t('searchHint')}</p>}
      </section>
      <OfficialLinks ids={def.links} />
      {certified && <CertificatesCard deviceId={run.deviceId} />}
      {!def.followsBackups && !pending && (
        <div className="step-actions">
          <button type="button" className="button" onClick={() => void props.onChange({ type: 'step-reopen', stepId })}>
            {t('ui.run.reopen')}
          </button>
        </div>
      )}
      {def.followsBackups ? (
        <BackupPanel run={run} region={props.region} onChange={props.onChange} />
      ) : (
        pending && (
          <div className="step-actions">
            {skipping ? (
              <ReasonForm
                label={t('ui.run.skipReason', { step: title })}
                confirmLabel={t('ui.run.skipConfirm')}
                onSubmit={(reason) => {
                  setSkipping(false)
                  void props.onChange({ type: 'step-skip', stepId, reason })
                }}
                onCancel={() => setSkipping(false)}
              />
            ) : (
              <>
                <button
                  type="button"
                  className={certified ? 'button' : 'button button-primary'}
                  disabled={gate.locked}
                  aria-describedby={gate.locked ? 'gate-notice' : undefined}
                  onClick={() => void props.onChange({ type: 'step-done', stepId })}
                >
                  {certified ? t('ui.run.markHandedOver') : t('ui.run.markDone')}
                </button>
                {def.canSkip && (
                  <button type="button" className="button" ref={skipButton} disabled={gate.locked} onClick={() => setSkipping(true)}>
                    {t('ui.run.skip')}
                  </button>
                )}
                {def.canBeNotApplicable && (
                  <button
                    type="button"
                    className="button"
                    disabled={gate.locked}
                    onClick={() => void props.onChange({ type: 'step-not-applicable', stepId })}
                  >
                    {t('ui.run.notApplicable')}
                  </button>
                )}
              </>
            )}
          </div>
        )
      )}
    </section>
  )
}
