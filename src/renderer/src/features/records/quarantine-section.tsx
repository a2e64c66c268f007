import './records.css'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuarantineEntry } from '../../../../shared/quarantine'
import { api, errorMessage, unwrap } from '../../app/api-client'
import { useNotify } from '../../app/toasts'
import { formatWhen } from './format-when'

/** Settings › Files set aside: when and why each was set aside, export a copy, try to put it back. */
export function QuarantineSection() {
  const { t } = useTranslation('records')
  const notify = useNotify()
  const [entries, setEntries] = useState<QuarantineEntry[] | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    void unwrap(api().quarantine.list()).then(setEntries, () => setEntries([]))
  }, [])
  const refresh = async () => setEntries(await unwrap(api().quarantine.list()))

  async function exportFile(entry: QuarantineEntry) {
    try {
      const saved = await unwrap(api().quarantine.exportFile({ file: entry.file }))
      if (saved) notify({ message: t('quarantine.exported', { path: saved.path }) })
    } catch (error) {
      notify({ message: errorMessage(error, 'Unknown error'), tone: 'error' })
    }
  }

  async function restore(entry: QuarantineEntry) {
    setBusy(true)
    try {
      const outcome = await unwrap(api().quarantine.restore({ file: entry.file }))
      if (outcome.restored) {
        notify({ message: t('quarantine.restored', { file: outcome.originalPath }) })
      } else notify({ message: t('quarantine.notRestored', { file: entry.originalPath, reason: outcome.reason }), tone: 'error' })
      await refresh()
    } catch (error) {
      notify({ message: errorMessage(error, 'Unknown error'), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('quarantine.title')}</h2>
      <p className="muted">{t('quarantine.body')}</p>
      {entries && entries.length === 0 && <p>{t('quarantine.empty')}</p>}
      {entries && entries.length > 0 && (
        <ul className="records-quarantine" aria-label={t('quarantine.list')}>
          {entries.map((entry) => (
            <li key={entry.file} aria-label={entry.originalPath}>
              <p>
                <code>{entry.originalPath}</code> · {entry.at ? t('quarantine.setAside', { when: formatWhen(entry.at) }) : null}
              </p>
              <p className="muted">{entry.reason}</p>
              <div className="inline-controls">
                <button type="button" className="button button-small" aria-label={t('quarantine.exportNamed', { file: entry.originalPath })} onClick={() => void exportFile(entry)}>
                  {t('quarantine.export')}
                </button>
                <button type="button" className="button button-small" disabled={busy} aria-label={t('quarantine.restoreNamed', { file: entry.originalPath })} onClick={() => void restore(entry)}>
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
