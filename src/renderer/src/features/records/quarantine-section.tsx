import './records.css'
import { useTranslation } from 'react-i18next'
import type { QuarantineEntry } from '@shared/quarantine'
import { api, errorMessage, apiErrorText, unwrap } from '../../lib/api-client'
import { useNotify } from '../../app/toasts'
import { queryKeys } from '../../lib/query/query-keys'
import { useMutation } from '../../lib/query/use-mutation'
import { useQuery } from '../../lib/query/use-query'
import { formatWhen } from './format-when'
import { quarantineReasonText, restoreProblemText } from './quarantine-text'

/** Settings › Files set aside: when and why each was set aside, export a copy, try to put it back. */
export function QuarantineSection() {
  const { t } = useTranslation('records')
  const notify = useNotify()
  const list = useQuery(queryKeys.quarantine, () => api().quarantine.list())
  const entries = list.data ?? null
  const restoring = useMutation((entry: QuarantineEntry) => api().quarantine.restore({ file: entry.file }), {
    invalidates: () => [queryKeys.quarantine]
  })

  async function exportFile(entry: QuarantineEntry) {
    try {
      const saved = await unwrap(api().quarantine.exportFile({ file: entry.file }))
      if (saved) notify({ message: () => t('quarantine.exported', { path: saved.path }) })
    } catch (error) {
      notify({ message: () => errorMessage(error, t('common:errors.generic')), tone: 'error' })
    }
  }

  async function restore(entry: QuarantineEntry) {
    const result = await restoring.run(entry)
    if (!result.ok) {
      const error = result.error
      notify({ message: () => apiErrorText(error), tone: 'error' })
      return
    }
    const outcome = result.data
    if (outcome.restored) notify({ message: () => t('quarantine.restored', { file: outcome.originalPath }) })
    else
      notify({
        message: () => t('quarantine.notRestored', { file: entry.originalPath, reason: restoreProblemText(outcome.problem, t) }),
        tone: 'error'
      })
  }

  return (
    <section className="card" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('quarantine.title')}</h2>
      <p className="muted">{t('quarantine.body')}</p>
      {list.loading && !entries && <p role="status">{t('loading')}</p>}
      {list.error && !entries && (
        <p className="field-error" role="alert">
          {apiErrorText(list.error)}
        </p>
      )}
      {entries && entries.length === 0 && <p>{t('quarantine.empty')}</p>}
      {entries && entries.length > 0 && (
        <ul className="records-quarantine" aria-label={t('quarantine.list')}>
          {entries.map((entry) => (
            <li key={entry.file} aria-label={entry.originalPath}>
              <p>
                <code>{entry.originalPath}</code> · {entry.at ? t('quarantine.setAside', { when: formatWhen(entry.at) }) : null}
              </p>
              <p className="muted">{quarantineReasonText(entry, t)}</p>
              <div className="inline-controls">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('quarantine.exportNamed', { file: entry.originalPath })}
                  onClick={() => void exportFile(entry)}
                >
                  {t('quarantine.export')}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={restoring.busy}
                  aria-label={t('quarantine.restoreNamed', { file: entry.originalPath })}
                  onClick={() => void restore(entry)}
                >
                  {t('quarantine.restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
