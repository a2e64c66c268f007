import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/modal-dialog'
import { regionalKey, type GuidanceRegion } from '@shared/offboarding/region'
import { SCENARIOS, type Scenario } from '@shared/offboarding/scenarios'

/**
 * The first question of a run: what is happening to this phone. When a run exists its answer is preselected;
 * the same answer goes back to it, a different one asks before replacing it.
 */
export function ScenarioChooser(props: {
  current: Scenario | null
  region: GuidanceRegion
  onStart: (scenario: Scenario) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation('offboarding')
  const [choice, setChoice] = useState<Scenario>(props.current ?? 'sell')
  const [confirming, setConfirming] = useState(false)
  return (
    <section className="card chooser" aria-labelledby="chooser-title">
      <h2 id="chooser-title">{t('ui.chooser.title')}</h2>
      <p className="muted">{t('ui.chooser.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (props.current === null) props.onStart(choice)
          else if (choice === props.current) props.onCancel?.()
          else setConfirming(true)
        }}
      >
        <fieldset>
          <legend>{t('ui.chooser.legend')}</legend>
          <div className="scenario-options">
            {SCENARIOS.map((s) => (
              <label key={s} className={`scenario-option${choice === s ? ' scenario-chosen' : ''}`}>
                <input
                  type="radio"
                  name="scenario"
                  value={s}
                  checked={choice === s}
                  onChange={() => setChoice(s)}
                  aria-describedby={`scenario-${s}-text`}
                />
                <span>
                  <strong>{t(`scenarios.${s}.label`)}</strong>
                  <span id={`scenario-${s}-text`} className="scenario-text">
                    {t(`scenarios.${s}.description`)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {choice === 'delete-account' && (
          <p className="warning" role="note">
            {t(regionalKey('scenarios.delete-account.permanent', props.region))}
          </p>
        )}
        <div className="inline-controls">
          <button type="submit" className="button button-primary button-large">
            {props.current !== null && choice === props.current ? t('ui.chooser.keep') : t('ui.chooser.start')}
          </button>
          {props.onCancel && (
            <button type="button" className="button" onClick={props.onCancel}>
              {t('ui.chooser.cancel')}
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('ui.chooser.replaceTitle')}
          body={t('ui.chooser.replaceBody')}
          confirmLabel={t('ui.chooser.replaceConfirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            props.onStart(choice)
          }}
        />
      )}
    </section>
  )
}
