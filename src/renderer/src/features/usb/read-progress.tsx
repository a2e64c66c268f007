import { useTranslation } from 'react-i18next'
import type { ReadJobView } from '@shared/usb/usb-job'
import type { UnknownReason } from '@shared/usb/read-outcome'

/** A running read: an indeterminate bar (the phone does not say how much is coming), the step, and Cancel. */
export function ReadProgress(props: { job: ReadJobView; label: string; onCancel: () => void }) {
  const { t } = useTranslation('usb')
  const { step, steps, received } = props.job.progress
  return (
    <div className="usb-progress">
      <progress aria-label={props.label} />
      <p role="status">{t('read.step', { step, steps, kb: Math.round(received / 1024) })}</p>
      <div>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('read.cancel')}
        </button>
      </div>
    </div>
  )
}

/** Why a read gave no answer, and that nothing may be concluded from it. */
export function UnknownOutcome(props: { reason: UnknownReason }) {
  const { t } = useTranslation('usb')
  return (
    <div className="usb-unknown" role="alert">
      <h3>{t('unknown.title')}</h3>
      <p>{t(`unknown.${props.reason}`)}</p>
      <p>{t('unknown.notClean')}</p>
    </div>
  )
}
