import { useTranslation } from 'react-i18next'
import { runProgress } from '@shared/offboarding/progress'
import { api } from '../../lib/api-client'
import { useRoute } from '../../app/routes'
import { formatDateTime } from '../../components/format'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'
import { RunProgressText } from './run-progress-text'

/** The handover card on a phone's record: progress and next step, and the way into the run. */
export function RunCard(props: { deviceId: string }) {
  const { t } = useTranslation('offboarding')
  const { navigate } = useRoute()
  const { deviceId } = props
  const { data: run, error } = useQuery(queryKeys.run(deviceId), () => api().runs.get({ deviceId }))
  // a run that cannot be read shows as none, as before: the run screen says what went wrong
  if (run === undefined && !error) return null
  const progress = run ? runProgress(run) : null
  return (
    <section className="card run-card" aria-labelledby="run-card-title">
      <h2 id="run-card-title">{t('ui.card.title')}</h2>
      {progress ? <RunProgressText progress={progress} /> : <p>{t('ui.card.none')}</p>}
      {run?.finishedAt && <p className="muted">{t('ui.card.finished', { when: formatDateTime(run.finishedAt) })}</p>}
      <button type="button" className="button button-primary" onClick={() => navigate({ name: 'run', deviceId })}>
        {progress ? t('ui.card.continue') : t('ui.card.start')}
      </button>
    </section>
  )
}
