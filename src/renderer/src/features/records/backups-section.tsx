import './records.css'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_KEEP, type BackupInfo } from '../../../../shared/archive/backups'
import { api, errorMessage, unwrap } from '../../app/api-client'
import { useNotify } from '../../app/toasts'
import { ConfirmDialog } from '../../components/modal-dialog'
import { formatSize, formatWhen } from './format-when'

/** Settings › Backups: the list, back up now, restore with confirmation, and how many to keep. */
export function BackupsSection() {
  const { t } = useTranslation('records')
  const notify = useNotify()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [keep, setKeep] = useState('')
  const [keepProblem, setKeepProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)
  const [busy, setBusy] = useState(false)

  const show = useCallback((data: { backups: BackupInfo[]; settings: { keep: number } }) => {
    setBackups(data.backups)
    setKeep(String(data.settings.keep))
  }, [])
  useEffect(() => {
    void unwrap(api().backups.list()).then(show, () => setBackups([]))
  }, [show])
  const refresh = async () => show(await unwrap(api().backups.list()))

  async function run(action: () => Promise<string>) {
    setBusy(true)
    try {
      notify({ message: await action() })
      await refresh()
    } catch (error) {
      notify({ message: errorMessage(error, 'Unknown error'), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }

  const create = () => run(async () => (await unwrap(api().backups.create()), t('backups.created')))
  const restore = (backup: BackupInfo) =>
    run(async () => {
      setConfirming(null)
      await unwrap(api().backups.restore({ id: backup.id }))
      return t('backups.restored')
    })
  const saveKeep = (event: FormEvent) => {
    event.preventDefault()
    const count = Number(keep)
    if (!Number.isInteger(count) || count < 1 || count > MAX_KEEP) {
      setKeepProblem(t('backups.keepRange', { max: MAX_KEEP }))
      return
    }
    setKeepProblem(null)
    void run(async () => t('backups.keepSaved', { count: (await unwrap(api().backups.setSettings({ keep: Number(keep) }))).keep }))
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
                  <button type="button" className="button button-small" disabled={busy} aria-label={t('backups.restoreNamed', { when: formatWhen(backup.createdAt) })} onClick={() => setConfirming(backup)}>
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
