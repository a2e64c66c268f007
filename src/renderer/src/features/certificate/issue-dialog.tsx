import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CertificateLanguages, Destination, IdentifierDisplay, PaperSize } from '@shared/certificate/content'
import { defaultPaperSize } from '@shared/certificate/paper-size'
import type { Script } from '@shared/certificate/scripts'
import type { CertificateReadiness, CertificateView } from '@shared/certificate/view'
import { api, ApiError, apiErrorText, errorMessage, unwrap } from '../../lib/api-client'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'
import { ModalDialog } from '../../components/modal-dialog'
import { Field } from '../../components/field'
import { CertificateFrame } from './certificate-frame'
import { appCertificateLanguages, CertificateLanguageFields } from './certificate-language-fields'

/** One group of radio buttons with a legend. */
function Choice<T extends string>(props: {
  legend: string
  name: string
  value: T
  options: Array<{ value: T; label: string }>
  onChange: (value: T) => void
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className="choice-group">
        {props.options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** The issue form: preparer, recipient, destination, identifiers, paper and language(s); a preview; then issue. */
export function IssueDialog(props: {
  deviceId: string
  readiness: CertificateReadiness
  onClose: () => void
  onIssued: (view: CertificateView) => void
}) {
  const { t, i18n } = useTranslation('certificate')
  const name = useId()
  const preparerField = useRef<HTMLInputElement>(null)
  const [preparerName, setPreparerName] = useState('')
  const [preparerContact, setPreparerContact] = useState('')
  const [recipientName, setRecipientName] = useState('')
  const [destination, setDestination] = useState<Destination>(props.readiness.destinations[0] ?? 'sold')
  const [identifiers, setIdentifiers] = useState<IdentifierDisplay>('full')
  // The paper of the computer's region (the main process reads the system's languages, regions included) until the
  // owner picks one.
  const computerLanguages = useQuery(queryKeys.appInfo, () => api().app.info()).data?.language.system
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null)
  const paperSize = chosenPaper ?? defaultPaperSize(computerLanguages ?? [])
  const [languages, setLanguages] = useState<CertificateLanguages>(() => appCertificateLanguages(i18n.language))
  const [preview, setPreview] = useState<string | null>(null)
  const [missingScripts, setMissingScripts] = useState<Script[]>([])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [nameError, setNameError] = useState<string | undefined>(undefined)

  /** Wraps a setter so that any change hides a preview that no longer matches the form. */
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setPreview(null)
    }
  const request = () => ({
    deviceId: props.deviceId,
    destination,
    preparer: { name: preparerName, contact: preparerContact },
    recipient: recipientName.trim() ? { name: recipientName } : null,
    identifiers,
    paperSize,
    languages
  })
  const call = async <T,>(action: () => Promise<T>): Promise<T | null> => {
    if (busy) return null
    if (!preparerName.trim()) {
      setNameError(t('ui.preparerMissing'))
      preparerField.current?.focus()
      return null
    }
    setNameError(undefined)
    setBusy(true)
    setProblem(null)
    try {
      return await action()
    } catch (error) {
      const field = error instanceof ApiError ? error.error.details?.find((detail) => detail.path === 'preparer.name') : undefined
      if (field) {
        setNameError(apiErrorText(field))
        preparerField.current?.focus()
      } else setProblem(errorMessage(error, t('ui.failed')))
      return null
    } finally {
      setBusy(false)
    }
  }
  const showPreview = async (options: { languages?: CertificateLanguages } = {}) => {
    const result = await call(() => unwrap(api().certificates.preview({ ...request(), ...options })))
    if (!result) return
    setPreview(result.html)
    setMissingScripts(result.missingScripts)
  }
  /** A shown preview follows the language choice at once; other edits hide it until asked again. */
  const chooseLanguages = (chosen: CertificateLanguages) => {
    setLanguages(chosen)
    if (preview !== null) void showPreview({ languages: chosen })
  }
  const issue = async (event: FormEvent) => {
    event.preventDefault()
    const view = await call(() => unwrap(api().certificates.issue(request())))
    if (view) props.onIssued(view)
  }

  return (
    <ModalDialog title={t('ui.issueTitle')} onClose={props.onClose} wide>
      <form className="modal-form certificate-form" onSubmit={(event) => void issue(event)} noValidate>
        <p className="muted">{t('ui.issueIntro')}</p>
        <div className="grid">
          <Field label={t('ui.preparerName')} error={nameError}>
            {(control) => (
              <input
                id={control.id}
                ref={preparerField}
                data-autofocus
                required
                aria-invalid={control.invalid}
                aria-describedby={control.describedBy}
                value={preparerName}
                maxLength={80}
                autoComplete="name"
                onChange={(event) => edited(setPreparerName)(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('ui.preparerContact')}>
            {(control) => (
              <input
                id={control.id}
                value={preparerContact}
                maxLength={120}
                onChange={(event) => edited(setPreparerContact)(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('ui.recipientName')}>
            {(control) => (
              <input
                id={control.id}
                value={recipientName}
                maxLength={80}
                onChange={(event) => edited(setRecipientName)(event.target.value)}
              />
            )}
          </Field>
        </div>
        <Choice
          legend={t('ui.destination')}
          name={`${name}-destination`}
          value={destination}
          options={props.readiness.destinations.map((value) => ({ value, label: t(`page.destinations.${value}`) }))}
          onChange={edited(setDestination)}
        />
        <Choice
          legend={t('ui.identifiers')}
          name={`${name}-identifiers`}
          value={identifiers}
          options={[
            { value: 'full', label: t('ui.identifiersFull') },
            { value: 'masked', label: t('ui.identifiersMasked') }
          ]}
          onChange={edited(setIdentifiers)}
        />
        <Choice
          legend={t('ui.paperSize')}
          name={`${name}-paper`}
          value={paperSize}
          options={[
            { value: 'A4', label: t('ui.paperA4') },
            { value: 'Letter', label: t('ui.paperLetter') }
          ]}
          onChange={edited(setChosenPaper)}
        />
        <CertificateLanguageFields value={languages} onChange={chooseLanguages} />
        {missingScripts.length > 0 && (
          <p className="form-alert" role="status">
            {t('ui.missingFonts', { scripts: missingScripts.map((script) => t(`ui.scripts.${script}`)).join(', ') })}
          </p>
        )}
        {problem && (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        )}
        {preview && <CertificateFrame html={preview} title={t('ui.previewTitle')} reveal />}
        <footer className="modal-footer">
          <button type="button" className="button" onClick={props.onClose}>
            {t('ui.cancel')}
          </button>
          {/* aria-disabled rather than disabled while busy: a disabled button would drop the focus it has */}
          <button type="button" className="button" aria-disabled={busy} onClick={() => void showPreview()}>
            {t('ui.preview')}
          </button>
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {t('ui.issue')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  )
}
