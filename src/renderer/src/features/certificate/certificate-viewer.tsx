import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CertificateView } from '@shared/certificate/view'
import { api, errorMessage, unwrap } from '../../lib/api-client'
import { formatDateTime } from '../../components/format'
import { ModalDialog } from '../../components/modal-dialog'
import { CertificateFrame } from './certificate-frame'

/** An issued certificate: its preview, Print and Save as PDF, in a dialog. */
export function CertificateViewer(props: { view: CertificateView; onClose: () => void; notice?: string }) {
  const { t } = useTranslation('certificate')
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(props.notice ? { text: props.notice, error: false } : null)
  const [busy, setBusy] = useState(false)
  const certificateId = props.view.certificate.id

  const run = async (action: () => Promise<string>): Promise<void> => {
    setBusy(true)
    try {
      setStatus({ text: await action(), error: false })
    } catch (error) {
      setStatus({ text: errorMessage(error, t('ui.failed')), error: true })
    } finally {
      setBusy(false)
    }
  }
  const print = () =>
    run(async () => ((await unwrap(api().certificates.print({ certificateId }))).printed ? t('ui.printed') : t('ui.printCancelled')))
  const savePdf = () =>
    run(async () => {
      const saved = await unwrap(api().certificates.savePdf({ certificateId }))
      return saved ? t('ui.saved', { path: saved.path }) : t('ui.saveCancelled')
    })

  return (
    <ModalDialog
      title={t('ui.viewTitle', {
        destination: t(`page.destinations.${props.view.certificate.destination}`),
        date: formatDateTime(props.view.certificate.issuedAt)
      })}
      onClose={props.onClose}
      wide
    >
      <div className="certificate-viewer">
        <p className="muted">
          {t('ui.viewId')} <span className="certificate-id">{certificateId}</span>
        </p>
        <div className="toolbar">
          <button type="button" className="button button-primary" data-autofocus disabled={busy} onClick={() => void print()}>
            {t('ui.print')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void savePdf()}>
            {t('ui.savePdf')}
          </button>
          <p role={status?.error ? 'alert' : 'status'} className={status?.error ? 'field-error' : 'muted'}>
            {status?.text}
          </p>
        </div>
        <CertificateFrame html={props.view.html} title={t('ui.previewTitle')} />
      </div>
    </ModalDialog>
  )
}
