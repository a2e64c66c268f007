import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '@shared/device-model'
import { guidanceRegionOf } from '@shared/offboarding/region'
import { isGuided, type Scenario } from '@shared/offboarding/scenarios'
import { useHousehold } from '../../lib/household-store'
import { LockedOutView } from './locked-out-view'
import { RunView } from './run-view'
import { ScenarioChooser } from './scenario-chooser'
import { useRun } from './use-run'
import './run.css'
import { BackLink } from '../../components/back-link'
import { focusScreenHeading } from '../../lib/focus'

function RunBody(props: { device: DeviceSummary }) {
  const { t } = useTranslation('offboarding')
  const state = useRun(props.device)
  const [choosing, setChoosing] = useState(false)
  const { run } = state
  if (run === undefined) return <p role="status">{state.error ?? t('ui.loading')}</p>

  const start = async (scenario: Scenario): Promise<void> => {
    if (await state.start(scenario, run !== null)) {
      setChoosing(false)
      // the chooser and its Start button are gone: the run begins at the screen's heading
      requestAnimationFrame(focusScreenHeading)
    }
  }
  if (run === null || choosing) {
    return (
      <ScenarioChooser
        current={run?.scenario ?? null}
        region={guidanceRegionOf(props.device.romRegion)}
        onStart={(s) => void start(s)}
        onCancel={run ? () => setChoosing(false) : undefined}
      />
    )
  }
  return (
    <>
      <div className="run-meta">
        <p>{t('ui.run.scenario', { scenario: t(`scenarios.${run.scenario}.label`) })}</p>
        {isGuided(run.scenario) && (
          <button type="button" className="button button-small" onClick={() => setChoosing(true)}>
            {t('ui.run.changeScenario')}
          </button>
        )}
      </div>
      {isGuided(run.scenario) ? (
        <RunView device={props.device} run={run} scenario={run.scenario} state={state} />
      ) : (
        <LockedOutView run={run} state={state} onChooseAgain={() => setChoosing(true)} />
      )}
    </>
  )
}

/** The handover of one phone: scenario chooser, guided run, or the locked-out routes. */
export function RunScreen(props: { deviceId: string }) {
  const { t } = useTranslation()
  const device = useHousehold().devices.find((d) => d.id === props.deviceId)
  return (
    <section className="screen run-screen" aria-labelledby="run-title">
      <BackLink device={device} />
      {device ? (
        <>
          <header className="screen-header">
            <h1 id="run-title">{t('offboarding:ui.title', { name: device.nickname })}</h1>
          </header>
          <RunBody key={device.id} device={device} />
        </>
      ) : (
        <p id="run-title">{t('errors.generic')}</p>
      )}
    </section>
  )
}
