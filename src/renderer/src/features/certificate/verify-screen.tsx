import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VerificationResult } from '@shared/certificate/verification'
import { api, errorMessage, unwrap } from '../../lib/api-client'
import { Field } from '../../components/field'
import { VerificationVerdict } from './verification-verdict'
import './certificate.css'

/** Checks a certificate: a chosen PDF, or the text of its QR code. */
export function VerifyScreen() {
  const { t } = useTranslation('certificate')
  const [text, setText] = useState('')
  const [result, setResult] = useState<VerificationResult | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const check = async (action: () => Promise<VerificationResult | null>) => {
    setBusy(true)
    setProblem(null)
    try {
      const outcome = await action()
      if (outcome) setResult(outcome)
    } catch (error) {
      setResult(null)
      setProblem(errorMessage(error, t('ui.failed')))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="screen" aria-labelledby="verify-title">
      <header className="screen-header">
        <div>
          <h1 id="verify-title">{t('verify.title')}</h1>
          <p className="muted">{t('verify.intro')}</p>
        </div>
      </header>
      <div className="verify-panels">
        <section className="card" aria-labelledby="verify-pdf-title">
          <h2 id="verify-pdf-title">{t('verify.pdfTitle')}</h2>
          <p className="muted">{t('verify.pdfHelp')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void check(() => unwrap(api().certificates.verifyFile()))}
          >
            {t('verify.chooseFile')}
          </button>
        </section>
        <section className="card" aria-labelledby="verify-qr-title">
          <h2 id="verify-qr-title">{t('verify.qrTitle')}</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault()
              void check(() => unwrap(api().certificates.verifyText({ text })))
            }}
          >
            <Field label={t('verify.pasteLabel')}>
              {(control) => (
                <textarea
                  id={control.id}
                  value={text}
                  maxLength={4000}
                  spellCheck={false}
                  onChange={(event) => setText(event.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="button" disabled={busy || text.trim() === ''}>
              {t('verify.checkText')}
            </button>
          </form>
        </section>
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{t('verify.checking')}</p>}
        {!busy && problem && <p className="form-alert">{problem}</p>}
        {!busy && result && <VerificationVerdict result={result} />}
      </div>
    </section>
  )
}
