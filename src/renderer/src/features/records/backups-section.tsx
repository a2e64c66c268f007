import './records.css'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_KEEP, type BackupInfo } from '@shared/archive/backups'
import type { TFunction } from 'i18next'
import type { Result } from '@shared/result'
import { api, apiErrorText, settle } from '../../lib/api-client'
import { useNotify } from '../../app/toasts'
import { ConfirmDialog } from '../../components/modal-dialog'
import { invalidate } from '../../lib/query/query-cache'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'
import { formatSize, formatWhen } from './format-when'

/** Settings › Backups: the list, back up now, restore with confirmation, and how many to keep. */
export function BackupsSection() {
  const { t } = useTranslation('records')
  const notify = useNotify()
  const list = useQuery(queryKeys.backups, () => api().backups.list())
  const backups = list.data?.backups ?? null
  const [keepEdit, setKeep] = useState<string | null>(null)
  const keep = keepEdit ?? (list.data ? String(list.data.settings.keep) : '')
  const [keepProblem, setKeepProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const [busy, setBusy] = useState(false)

  /** Runs a change, says how it went, and shows the list again. */
  async function run<T>(call: Promise<Result<T>>, done: (data: T, t: TFunction) => string) {
    setBusy(true)
    const result = await settle(call)
    notify(result.ok ? { message: (t) => done(result.data, t) } : { message: () => apiErrorText(result.error), tone: 'error' })
    if (result.ok) setKeep(null)
    await invalidate(queryKeys.backups)
    setBusy(false)
  }

  const create = () => run(api().backups.create(), (_, t) => t('records:backups.created'))
  const restore = (backup: BackupInfo) => {
    setConfirming(null)
    return run(api().backups.restore({ id: backup.id }), (_, t) => t('records:backups.restored'))
  }
  const saveKeep = (event: FormEvent) => {
    event.preventDefault()
    const count = Number(keep)
    if (!Number.isInteger(count) || count < 1 || count > MAX_KEEP) {
      setKeepProblem(t('backups.keepRange', { max: MAX_KEEP }))
      return
    }
    setKeepProblem(null)
    void run(api().backups.setSettings({ keep: count }), (saved, t) => t('records:backups.keepSaved', { count: saved.keep }))
  }

  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="muted">{t('backups.body')}</p>
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void create()}>
          {t('backups.create')}
        </button>
        <form className="inline-controls" onSubmit={saveKeep} noValidate>
          <label htmlFor="backups-keep">{t('backups.keep')}</label>
          <input
            id="backups-keep"
            type="number"
            min={1}
            max={MAX_KEEP}
            value={keep}
            aria-invalid={keepProblem !== null}
            aria-describedby={keepProblem ? 'backups-keep-problem backups-keep-help' : 'backups-keep-help'}
            onChange={(e) => {
              setKeep(e.target.value)
              setKeepProblem(null)
            }}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('backups.keepSave')}
          </button>
        </form>
      </div>
      {keepProblem && (
        <p id="backups-keep-problem" className="field-error" role="alert">
          {keepProblem}
        </p>
      )}
      <p id="backups-keep-help" className="field-help">
        {t('backups.keepHelp')}
      </p>
      {list.loading && !backups && <p role="status">{t('loading')}</p>}
      {list.error && !backups && (
        <p className="field-error" role="alert">
          {apiErrorText(list.error)}
        </p>
      )}
      {backups && backups.length === 0 && <p>{t('backups.empty')}</p>}
      {backups && backups.length > 0 && (
        <table className="records-table" aria-label={t('backups.list')}>
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.why')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">{t('backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatWhen(backup.createdAt)}</td>
                <td>{t(`backups.reason.${backup.reason}`)}</td>
                <td>{t('backups.files', { count: backup.files, size: formatSize(backup.bytes) })}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    aria-label={t('backups.restoreNamed', { when: formatWhen(backup.createdAt) })}
                    onClick={() => setConfirming(backup)}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('backups.restoreTitle', { when: formatWhen(confirming.createdAt) })}
          body={t('backups.restoreBody')}
          confirmLabel={t('backups.restoreConfirm')}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  )
}
