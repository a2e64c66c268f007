import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../components/modal-dialog'
import { api, apiErrorText } from '../../lib/api-client'
import { queryKeys } from '../../lib/query/query-keys'
import { useMutation } from '../../lib/query/use-mutation'
import { useQuery } from '../../lib/query/use-query'

/**
 * This computer's USB debugging key fingerprint, to match against the one under "Allow USB debugging?" on the
 * phone, and "Forget this computer's key" (a new key, which every phone must allow again).
 */
export function UsbKeyFingerprint() {
  const { t } = useTranslation('usb')
  const [confirming, setConfirming] = useState(false)
  const key = useQuery(queryKeys.usbKey, () => api().usb.keyFingerprint())
  const forgetting = useMutation(() => api().usb.forgetKey(), { updates: queryKeys.usbKey })
  const fingerprint = key.data?.fingerprint ?? null
  const failure = forgetting.error ?? key.error
  const error = failure ? apiErrorText(failure) : null

  const forget = () => {
    setConfirming(false)
    void forgetting.run()
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
        <ConfirmDialog
          title={t('key.forgetTitle')}
          body={t('key.forgetBody')}
          confirmLabel={t('key.forgetConfirm')}
          onConfirm={forget}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
