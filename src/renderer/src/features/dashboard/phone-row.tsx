import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { DEVICE_STATUSES, type DeviceStatus, type DeviceSummary } from '../../../../shared/device-model'
import { formatRelative } from '../../components/format'

/** What a row can ask the dashboard to do. */
export interface PhoneRowActions {
  open(device: DeviceSummary): void
  edit(device: DeviceSummary): void
  setStatus(device: DeviceSummary, status: DeviceStatus): void
  remove(device: DeviceSummary): void
}

/** One phone on the dashboard: name, model, owner, status, last change and its actions. */
export const PhoneRow = memo(function PhoneRow(props: { device: DeviceSummary; ownerName: string; actions: PhoneRowActions }) {
  const { t } = useTranslation()
  const { device, actions } = props
  const model = [device.marketName, device.modelNumber].filter(Boolean).join(' · ')
  const archived = device.status === 'archived'
  return (
    <div className={`phone-row status-${device.status}`}>
      <div className="phone-main">
        <h3 className="phone-name">
          <button type="button" className="link-button" onClick={() => actions.open(device)}>
            {device.nickname}
          </button>
        </h3>
        <p className="phone-model">{model || device.brand}</p>
        <p className="phone-meta">
          <span>{props.ownerName}</span>
          {device.imei1Tail && <span>{t('dashboard.imeiTail', { tail: device.imei1Tail })}</span>}
          <span>{t('dashboard.lastChange', { when: formatRelative(device.updatedAt) })}</span>
        </p>
      </div>
      <div className="phone-status">
        <select
          aria-label={t('dashboard.status', { name: device.nickname })}
          className={`status-select status-${device.status}`}
          value={device.status}
          onChange={(e) => actions.setStatus(device, e.target.value as DeviceStatus)}
        >
          {DEVICE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="phone-actions">
        <button type="button" className="button button-small" aria-label={t('dashboard.editNamed', { name: device.nickname })} onClick={() => actions.edit(device)}>
          {t('dashboard.edit')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={archived ? t('dashboard.unarchive') + ': ' + device.nickname : t('dashboard.archiveNamed', { name: device.nickname })}
          onClick={() => actions.setStatus(device, archived ? 'in-use' : 'archived')}
        >
          {archived ? t('dashboard.unarchive') : t('dashboard.archive')}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={t('dashboard.deleteNamed', { name: device.nickname })}
          onClick={() => actions.remove(device)}
        >
          {t('dashboard.delete')}
        </button>
      </div>
    </div>
  )
})
