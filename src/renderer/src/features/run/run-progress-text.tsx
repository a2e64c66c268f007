import { useTranslation } from 'react-i18next'
import type { RunProgress } from '@shared/offboarding/progress'

/** A run's progress in one or two lines: scenario and percentage, then the next step (for dashboard rows and the phone's card); `statusShown` leaves out "ready" where the phone's status already says it. */
export function RunProgressText(props: { progress: RunProgress; statusShown?: boolean }) {
  const { t } = useTranslation('offboarding')
  const { progress } = props
  if (progress.scenario === 'locked-out') return <p className="run-progress">{t('ui.card.lockedOut')}</p>
  return (
    <p className="run-progress">
      <span>{t('ui.card.progress', { scenario: t(`scenarios.${progress.scenario}.label`), percentage: progress.percentage })}</span>
      {progress.nextStepTitleKey && !progress.ready && <span> · {t('ui.card.next', { step: t(progress.nextStepTitleKey) })}</span>}
      {progress.ready && !progress.finished && !props.statusShown && <span> · {t('ui.card.ready')}</span>}
    </p>
  )
}
