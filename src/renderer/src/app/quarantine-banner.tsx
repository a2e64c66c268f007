import { useTranslation } from 'react-i18next'
import { household, useHousehold } from '../lib/household-store'
import { describeQuarantined } from './quarantine-names'
import { useRoute } from './routes'

/** Says which records were set aside at start (the phone's nickname when known), so nothing disappears silently; leads to Settings. */
export function QuarantineBanner() {
  const { t } = useTranslation()
  const { navigate } = useRoute()
  const { quarantinedNow, devices } = useHousehold()
  if (quarantinedNow.length === 0) return null
  const nicknameOf = (id: string): string | undefined => devices.find((d) => d.id === id)?.nickname
  const what = quarantinedNow.map((q) => describeQuarantined(q, nicknameOf, t)).join('; ')
  return (
    <div className="banner banner-warning" role="alert">
      <p>{t('quarantine.banner', { count: quarantinedNow.length, what })}</p>
      <div className="inline-controls">
        <button type="button" className="button button-small" onClick={() => navigate({ name: 'settings' })}>
          {t('quarantine.openSettings')}
        </button>
        <button type="button" className="button button-small" onClick={household.dismissQuarantine}>
          {t('app.dismiss')}
        </button>
      </div>
    </div>
  )
}
