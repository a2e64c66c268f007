import { memo, useMemo, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { DEVICE_STATUSES, type DeviceStatus, type DeviceSummary } from '@shared/device-model'
import type { RunProgress } from '@shared/offboarding/progress'
import { formatRelative } from '../../components/format'
import { RunProgressText } from '../run/run-progress-text'
import { StatusSelect } from './status-select'

/** What a row can ask the dashboard to do. */
export interface PhoneRowActions {
  open(device: DeviceSummary): void
  edit(device: DeviceSummary): void
  setStatus(device: DeviceSummary, status: DeviceStatus): void
  remove(device: DeviceSummary): void
}

/** Texts every row shows alike, translated once per list instead of once per row (i18next lookups dominated rendering 10,000 phones). */
export interface RowTexts {
  statusOptions: ReactElement[]
  edit: string
  archive: string
  unarchive: string
  delete: string
}

/** The shared row texts in the current language. */
export function useRowTexts(): RowTexts {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      statusOptions: DEVICE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      )),
      edit: t('dashboard.edit'),
      archive: t('dashboard.archive'),
      unarchive: t('dashboard.unarchive'),
      delete: t('dashboard.delete')
    }),
    [t]
  )
}

/** One phone on the dashboard: name, model, owner, status, handover progress, last change and its actions. */
export const PhoneRow = memo(function PhoneRow(props: {
  device: DeviceSummary
  ownerName: string
  progress: RunProgress | undefined
  texts: RowTexts
  actions: PhoneRowActions
}) {
  const { t } = useTranslation()
  const { device, actions, texts } = props
  const model = [device.marketName, device.modelNumber].filter(Boolean).join(' · ')
  const archived = device.status === 'archived'
  return (
    <div className={`phone-row status-${device.status}`} data-row-id={device.id}>
      <div className="phone-main">
        <h3 className="phone-name">
          <button type="button" className="link-button" onClick={() => actions.open(device)}>
            <span dir="auto">{device.nickname}</span>
          </button>
        </h3>
        <p className="phone-model">{model || device.brand}</p>
        <p className="phone-meta">
          <span dir="auto">{props.ownerName}</span>
          {device.imei1Tail && <span>{t('dashboard.imeiTail', { tail: device.imei1Tail })}</span>}
          <span>{t('dashboard.lastChange', { when: formatRelative(device.updatedAt) })}</span>
        </p>
      </div>
      <div className="phone-status">
        <StatusSelect
          label={t('dashboard.status', { name: device.nickname })}
          status={device.status}
          options={texts.statusOptions}
          onCommit={(status) => actions.setStatus(device, status)}
        />
        {props.progress && <RunProgressText progress={props.progress} statusShown />}
      </div>
      <div className="phone-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('dashboard.editNamed', { name: device.nickname })}
          onClick={() => actions.edit(device)}
        >
          {texts.edit}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t(archived ? 'dashboard.unarchiveNamed' : 'dashboard.archiveNamed', { name: device.nickname })}
          onClick={() => actions.setStatus(device, archived ? 'in-use' : 'archived')}
        >
          {archived ? texts.unarchive : texts.archive}
        </button>
        <button
          type="button"
          className="button button-small button-danger-quiet"
          aria-label={t('dashboard.deleteNamed', { name: device.nickname })}
          onClick={() => actions.remove(device)}
        >
          {texts.delete}
        </button>
      </div>
    </div>
  )
})
