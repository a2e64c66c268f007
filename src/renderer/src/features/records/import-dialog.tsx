import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SECTION_NAMES } from '@shared/archive/section-names'
import { CHANGE_KINDS, type ImportPreview } from '@shared/archive/plan'
import type { AppError } from '@shared/result'
import { api, ApiError, apiErrorText, unwrap } from '../../lib/api-client'
import { useNotify } from '../../app/toasts'
import { ModalDialog } from '../../components/modal-dialog'
import { Field, PasswordInput } from '../../components/field'
import { formatWhen } from './format-when'

type Step =
  | { name: 'opening' }
  | { name: 'passphrase'; token: string; fileName: string }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'failed'; error: AppError }

function asAppError(error: unknown): AppError {
  return error instanceof ApiError ? error.error : { code: 'internal', key: 'ipc.internal', message: 'internal' }
}

/** Import: choose a file, give its passphrase if protected, see what is added / updated / unchanged, apply all or nothing. */
export function ImportDialog(props: { onClose: () => void }) {
  const { t } = useTranslation('records')
  const notify = useNotify()
  const { onClose } = props
  const [step, setStep] = useState<Step>({ name: 'opening' })
  const [passphrase, setPassphrase] = useState('')
  const [passphraseError, setPassphraseError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const started = useRef(false)
  const tokenRef = useRef<string | null>(null)

  async function preview(token: string, fileName: string, secret?: string) {
    try {
      setStep({
        name: 'preview',
        preview: await unwrap(api().archive.previewImport(secret === undefined ? { token } : { token, passphrase: secret }))
      })
    } catch (error) {
      const appError = asAppError(error)
      if (appError.details?.[0]?.path === 'passphrase') {
        setStep({ name: 'passphrase', token, fileName })
        setPassphraseError(apiErrorText(appError))
      } else setStep({ name: 'failed', error: appError })
    }
  }

  useEffect(() => {
    if (started.current) return
    started.current = true
    void (async () => {
      try {
        const opened = await unwrap(api().archive.openImport())
        if (!opened) return onClose()
        tokenRef.current = opened.token
        if (opened.protected) setStep({ name: 'passphrase', token: opened.token, fileName: opened.fileName })
        else await preview(opened.token, opened.fileName)
      } catch (error) {
        setStep({ name: 'failed', error: asAppError(error) })
      }
    })()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const close = () => {
    if (tokenRef.current) void api().archive.cancelImport({ token: tokenRef.current })
    onClose()
  }

  async function unlock(event: FormEvent, token: string, fileName: string) {
    event.preventDefault()
    setBusy(true)
    setPassphraseError(null)
    await preview(token, fileName, passphrase)
    setBusy(false)
  }

  async function apply(current: ImportPreview) {
    setBusy(true)
    try {
      const outcome = await unwrap(api().archive.applyImport({ token: current.token }))
      tokenRef.current = null
      notify({ message: (t) => t('records:import.done', { count: outcome.changes }) })
      onClose()
    } catch (error) {
      setStep({ name: 'failed', error: asAppError(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('import.title')} onClose={close} wide>
      {step.name === 'opening' && (
        <p className="modal-body" role="status">
          {t('import.opening')}
        </p>
      )}
      {step.name === 'passphrase' && (
        <form className="modal-body phone-form" onSubmit={(e) => void unlock(e, step.token, step.fileName)} noValidate>
          <p>{t('import.protected')}</p>
          <Field label={t('import.passphrase')} error={passphraseError ?? undefined} announceError>
            {(c) => <PasswordInput control={c} value={passphrase} onChange={setPassphrase} autoComplete="off" autoFocus />}
          </Field>
          <footer className="modal-footer">
            <button type="button" className="button" onClick={close}>
              {t('common:app.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={busy || passphrase.length === 0}>
              {busy ? t('import.reading') : t('import.unlock')}
            </button>
          </footer>
        </form>
      )}
      {step.name === 'failed' && (
        <div className="modal-body">
          <div className="banner banner-error" role="alert">
            <p>
              <strong>{t('import.badFile')}</strong>
            </p>
            <p>{apiErrorText(step.error)}</p>
          </div>
          {step.error.details && step.error.details.length > 1 && (
            <>
              <h3>{t('import.problems')}</h3>
              <ul aria-label={t('import.problems')}>
                {step.error.details.map((detail, index) => (
                  <li key={index}>{apiErrorText(detail)}</li>
                ))}
              </ul>
            </>
          )}
          <footer className="modal-footer">
            <button type="button" className="button" data-autofocus onClick={close}>
              {t('common:app.close')}
            </button>
          </footer>
        </div>
      )}
      {step.name === 'preview' && (
        <PreviewBody preview={step.preview} busy={busy} onApply={() => void apply(step.preview)} onCancel={close} />
      )}
    </ModalDialog>
  )
}

function PreviewBody(props: { preview: ImportPreview; busy: boolean; onApply: () => void; onCancel: () => void }) {
  const { t } = useTranslation('records')
  const { preview } = props
  return (
    <div className="modal-body">
      <p>{t('import.previewIntro', { file: preview.fileName, when: formatWhen(preview.createdAt), version: preview.appVersion })}</p>
      {preview.migratedFrom !== null && <p className="muted">{t('import.migrated', { version: preview.migratedFrom })}</p>}
      <table className="records-table">
        <caption>{t('import.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.kind')}</th>
            {CHANGE_KINDS.map((kind) => (
              <th scope="col" key={kind}>
                {t(`kinds.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SECTION_NAMES.map((section) => (
            <tr key={section}>
              <th scope="row">{t(`sections.${section}`)}</th>
              {CHANGE_KINDS.map((kind) => (
                <td key={kind}>{preview.counts[section][kind]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('import.matchNote')}</p>
      {preview.changes === 0 ? (
        <p role="status">{t('import.nothing')}</p>
      ) : (
        <>
          <h3>{t('import.changedList')}</h3>
          <ul aria-label={t('import.changedList')} className="records-changes">
            {preview.changed.map((item, index) => (
              <li key={index}>
                {t(`kinds.${item.kind}`)} · {t(`sections.${item.section}`)} · {item.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <footer className="modal-footer">
        <button type="button" className="button" onClick={props.onCancel} data-autofocus={preview.changes === 0 ? true : undefined}>
          {preview.changes === 0 ? t('common:app.close') : t('common:app.cancel')}
        </button>
        {preview.changes > 0 && (
          <button type="button" className="button button-primary" disabled={props.busy} onClick={props.onApply} data-autofocus>
            {props.busy ? t('import.applying') : t('import.apply', { count: preview.changes })}
          </button>
        )}
      </footer>
    </div>
  )
}
