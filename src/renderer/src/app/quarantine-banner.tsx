import { useTranslation } from 'react-i18next'
import { household, useHousehold } from './household-store'

/** Names the files set aside at start, so nothing disappears silently. */
export function QuarantineBanner() {
  const { t } = useTranslation()
  const { quarantinedNow } = useHousehold()
  if (quarantinedNow.length === 0) return null
  const files = quarantinedNow.map((q) => q.originalPath).join(', ')
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        {t('quarantine.banner', { count: quarantinedNow.length, files })} {t('quarantine.where')}
      </p>
      <button type="button" className="button button-small" onClick={household.dismissQuarantine}>
        {t('app.dismiss')}
      </button>
    </div>
  )
}
