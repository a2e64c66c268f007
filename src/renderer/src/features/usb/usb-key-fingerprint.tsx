import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/modal-dialog'
import { api, errorMessage, unwrap } from '../../app/api-client'

/**
 * This computer's USB debugging key fingerprint, to match against the one under "Allow USB debugging?" on the
 * phone, and "Forget this computer's key" (a new key, which every phone must allow again).
 */
export function UsbKeyFingerprint() {
  const { t } = useTranslation('usb')
  const [fingerprint, setFingerprint] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)

  useEffect(() => {
    void unwrap(api().usb.keyFingerprint()).then(
      (key) => setFingerprint(key.fingerprint),
      (e: unknown) => setError(errorMessage(e, t('key.unavailable')))
    )
  }, [t])

  const forget = () => {
    setConfirming(false)
    void unwrap(api().usb.forgetKey()).then(
      (key) => {
        setFingerprint(key.fingerprint)
        setError(null)
      },
      (e: unknown) => setError(errorMessage(e, t('key.unavailable')))
    )
  }

  return (
    <div className="usb-key" role="group" aria-label={t('key.label')}>
      {fingerprint && (
        <p>
          {t('key.fingerprint')} <code className="usb-fingerprint">{fingerprint}</code>
        </p>
      )}
      {error && <p className="usb-warn">{error}</p>}
      <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
        {t('key.forget')}
      </button>
      {confirming && (
        <ConfirmDialog title={t('key.forgetTitle')} body={t('key.forgetBody')} confirmLabel={t('key.forgetConfirm')} onConfirm={forget} onCancel={() => setConfirming(false)} />
      )}
    </div>
  )
}
