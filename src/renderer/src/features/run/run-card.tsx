import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { runProgress, type RunProgress } from '../../../../shared/offboarding/progress'
import { api, unwrap } from '../../app/api-client'
import { useRoute } from '../../app/routes'
import { formatDateTime } from '../../components/format'
import { RunProgressText } from './run-progress-text'

/** The handover card on a phone's record: progress and next step, and the way into the run. */
export function RunCard(props: { deviceId: string }) {
  const { t } = useTranslation('offboarding')
  const { navigate } = useRoute()
  const [progress, setProgress] = useState<RunProgress | null | undefined>(undefined)
  const [finishedAt, setFinishedAt] = useState<string | null>(null)
  const { deviceId } = props
  useEffect(() => {
    void unwrap(api().runs.get({ deviceId })).then(
      (run) => {
        setProgress(run ? runProgress(run) : null)
        setFinishedAt(run?.finishedAt ?? null)
      },
      () => setProgress(null)
    )
  }, [deviceId])
  if (progress === undefined) return null
  return (
    <section className="card run-card" aria-labelledby="run-card-title">
      <h2 id="run-card-title">{t('ui.card.title')}</h2>
      {progress ? <RunProgressText progress={progress} /> : <p>{t('ui.card.none')}</p>}
      {finishedAt && <p className="muted">{t('ui.card.finished', { when: formatDateTime(finishedAt) })}</p>}
      <button type="button" className="button button-primary" onClick={() => navigate({ name: 'run', deviceId })}>
        {progress ? t('ui.card.continue') : t('ui.card.start')}
      </button>
    </section>
  )
}
