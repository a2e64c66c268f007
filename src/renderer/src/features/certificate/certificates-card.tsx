import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IssuedCertificate } from '@shared/certificate/issued'
import type { CertificateReadiness, CertificateView } from '@shared/certificate/view'
import { api, errorMessage, unwrap } from '../../lib/api-client'
import { useNotify } from '../../app/toasts'
import { formatDateTime } from '../../components/format'
import { CertificateViewer } from './certificate-viewer'
import { IssueDialog } from './issue-dialog'
import './certificate.css'

type Open = { kind: 'none' } | { kind: 'issue'; readiness: CertificateReadiness } | { kind: 'view'; view: CertificateView; notice?: string }

/** The certificate card on a phone's record: issue a certificate when the run allows it, and list (and reprint) the issued ones. */
export function CertificatesCard(props: { deviceId: string; onIssued?: () => void }) {
  const { t } = useTranslation('certificate')
  const notify = useNotify()
  const { deviceId } = props
  const [readiness, setReadiness] = useState<CertificateReadiness | null>(null)
  const [issued, setIssued] = useState<IssuedCertificate[]>([])
  const [open, setOpen] = useState<Open>({ kind: 'none' })

  const refresh = useCallback(
    () =>
      Promise.all([unwrap(api().certificates.readiness({ deviceId })), unwrap(api().certificates.listForDevice({ deviceId }))]).then(
        ([ready, list]) => {
          setReadiness(ready)
          setIssued(list)
        },
        (error: unknown) => notify({ message: (t) => errorMessage(error, t('certificate:ui.failed')), tone: 'error' })
      ),
    [deviceId, notify]
  )
  useEffect(() => {
    void refresh()
  }, [refresh])

  const view = async (certificateId: string) => {
    try {
      setOpen({ kind: 'view', view: await unwrap(api().certificates.view({ certificateId })) })
    } catch (error) {
      notify({ message: (t) => errorMessage(error, t('certificate:ui.failed')), tone: 'error' })
    }
  }
  if (!readiness) return null
  const canIssue = readiness.destinations.length > 0 && readiness.pending.length === 0
  return (
    <section className="card certificates-card" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('ui.sectionTitle')}</h2>
      {readiness.destinations.length === 0 && <p>{t('ui.noRun')}</p>}
      {readiness.destinations.length > 0 && readiness.pending.length > 0 && (
        <div role="note">
          <p>{t('ui.gateLocked', { count: readiness.pending.length })}</p>
          <ul className="certificate-pending">
            {readiness.pending.map((step) => (
              <li key={step.id}>{step.title}</li>
            ))}
          </ul>
        </div>
      )}
      {canIssue && (
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'issue', readiness })}>
          {t('ui.issueTitle')}
        </button>
      )}
      <h3>{t('ui.listTitle')}</h3>
      {issued.length === 0 ? (
        <p className="muted">{t('ui.listEmpty')}</p>
      ) : (
        <ul className="certificate-list" aria-label={t('ui.listTitle')}>
          {issued.map((certificate) => (
            <li key={certificate.id}>
              <span>
                {formatDateTime(certificate.issuedAt)} · {t(`page.destinations.${certificate.destination}`)} ·{' '}
                <span className="certificate-id">{certificate.id.slice(0, 8)}</span>
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={t('ui.viewCertificate', { id: certificate.id.slice(0, 8) })}
                onClick={() => void view(certificate.id)}
              >
                {t('ui.view')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open.kind === 'issue' && (
        <IssueDialog
          deviceId={deviceId}
          readiness={open.readiness}
          onClose={() => setOpen({ kind: 'none' })}
          onIssued={(issuedView) => {
            setOpen({ kind: 'view', view: issuedView, notice: t('ui.issued', { id: issuedView.certificate.id }) })
            void refresh()
            props.onIssued?.()
          }}
        />
      )}
      {open.kind === 'view' && <CertificateViewer view={open.view} notice={open.notice} onClose={() => setOpen({ kind: 'none' })} />}
    </section>
  )
}
