import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '@shared/archive/passphrase'
import { api, errorMessage, unwrap } from '../../lib/api-client'
import { useNotify } from '../../app/toasts'
import { ModalDialog } from '../../components/modal-dialog'
import { Field, FormAlert, PasswordInput } from '../../components/field'

type Format = 'archive' | 'csv'

/** Export: the whole archive (passphrase optional, with a warning without one) or a CSV list of the phones. */
export function ExportDialog(props: { onClose: () => void }) {
  const { t } = useTranslation('records')
  const notify = useNotify()
  const [format, setFormat] = useState<Format>('archive')
  const [protect, setProtect] = useState(true)
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [includeSecrets, setIncludeSecrets] = useState(false)
  const [checked, setChecked] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const usesPassphrase = format === 'archive' && protect
  const passphraseError =
    usesPassphrase && passphrase.length < MIN_PASSPHRASE_LENGTH ? t('export.tooShort', { count: MIN_PASSPHRASE_LENGTH }) : undefined
  const confirmError = usesPassphrase && !passphraseError && confirm !== passphrase ? t('export.mismatch') : undefined

  async function submit(event: FormEvent) {
    event.preventDefault()
    setChecked(true)
    if (passphraseError || confirmError) return
    setBusy(true)
    setFailure(null)
    try {
      const saved = await unwrap(
        format === 'archive' ? api().archive.exportAll(usesPassphrase ? { passphrase } : {}) : api().archive.exportCsv({ includeSecrets })
      )
      if (saved) {
        notify({ message: (t) => t('records:export.done', { path: saved.path }) })
        props.onClose()
      }
    } catch (error) {
      setFailure(t('export.failed', { message: errorMessage(error, t('common:errors.generic')) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('export.title')} onClose={props.onClose}>
      <form className="modal-body phone-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('export.what')}</legend>
          <label className="checkbox">
            <input type="radio" name="export-format" checked={format === 'archive'} onChange={() => setFormat('archive')} data-autofocus />
            {t('export.archive')}
          </label>
          <label className="checkbox">
            <input type="radio" name="export-format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            {t('export.csv')}
          </label>
        </fieldset>
        {format === 'archive' && (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
              {t('export.protect')}
            </label>
            {protect ? (
              <>
                <Field
                  label={t('export.passphrase')}
                  help={t('export.passphraseHelp', { count: MIN_PASSPHRASE_LENGTH })}
                  error={checked ? passphraseError : undefined}
                >
                  {(c) => <PasswordInput control={c} value={passphrase} onChange={setPassphrase} autoComplete="new-password" />}
                </Field>
                <Field label={t('export.confirm')} error={checked ? confirmError : undefined}>
                  {(c) => <PasswordInput control={c} value={confirm} onChange={setConfirm} autoComplete="new-password" />}
                </Field>
              </>
            ) : (
              <p className="banner banner-warning" role="alert">
                {t('export.unprotectedWarning')}
              </p>
            )}
          </>
        )}
        {format === 'csv' && (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} />
              {t('export.includeSecrets')}
            </label>
            {includeSecrets ? (
              <p className="banner banner-warning" role="alert">
                {t('export.csvSecretsWarning')}
              </p>
            ) : (
              <p className="muted">{t('export.csvPlainNote')}</p>
            )}
          </>
        )}
        {failure && <FormAlert>{failure}</FormAlert>}
        <footer className="modal-footer">
          <button type="button" className="button" onClick={props.onClose}>
            {t('common:app.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('export.working') : t('export.submit')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  )
}
