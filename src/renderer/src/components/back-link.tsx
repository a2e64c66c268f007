import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '@shared/device-model'
import { useRoute } from '../app/routes'

/** The "← back" link above a screen: to the phone's record when there is one, else to the dashboard. */
export function BackLink(props: { device?: DeviceSummary | undefined }) {
  const { t } = useTranslation('common')
  const { navigate } = useRoute()
  const { device } = props
  return (
    <nav aria-label={t('app.breadcrumb')} className="breadcrumbs">
      <button
        type="button"
        className="link-button"
        onClick={() => navigate(device ? { name: 'phone', deviceId: device.id } : { name: 'dashboard' })}
      >
        ← {device ? <span dir="auto">{device.nickname}</span> : t('app.back')}
      </button>
    </nav>
  )
}
