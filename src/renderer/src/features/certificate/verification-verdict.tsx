import { useTranslation } from 'react-i18next'
import type { VerificationResult } from '@shared/certificate/verification'
import { formatDateTime } from '../../components/format'
import { languageNames } from '@shared/certificate/language-names'
import { CertificateFrame } from './certificate-frame'
import { describeField } from './field-names'

/** What a verification found, in words: valid or not, what differs, and whose key signed it. */
export function VerificationVerdict(props: { result: VerificationResult }) {
  const { t } = useTranslation('certificate')
  const { result } = props
  if (result.valid) {
    const { summary } = result
    return (
      <div className="verdict verdict-valid">
        <p className="verdict-title">{t('verify.valid')}</p>
        <p>{t('verify.summary', { ...summary, date: formatDateTime(summary.issuedAt) })}</p>
        <p>{t(result.signedHere ? 'verify.signedHere' : 'verify.signedElsewhere', { fingerprint: summary.keyFingerprint })}</p>
        {result.source === 'qr' && <p className="muted">{t('verify.qrOnly')}</p>}
        {result.certificate && (
          <>
            <p>{t('verify.issuedIn', { languages: languageNames(result.certificate.languages) })}</p>
            <CertificateFrame html={result.certificate.html} title={t('verify.certificateTitle')} />
          </>
        )}
      </div>
    )
  }
  return (
    <div className="verdict verdict-invalid">
      <p className="verdict-title">{t(result.problem === 'not-a-certificate' ? 'verify.notACertificate' : 'verify.notValid')}</p>
      <p>{t(`verify.problems.${result.problem}`)}</p>
      {result.fields.length > 0 && (
        <p>{t('verify.fieldsDiffer', { fields: result.fields.map((field) => describeField(field, t)).join('; ') })}</p>
      )}
      {result.claimed && <p className="muted">{t('verify.claims', { id: result.claimed.id, marketName: result.claimed.marketName })}</p>}
    </div>
  )
}
