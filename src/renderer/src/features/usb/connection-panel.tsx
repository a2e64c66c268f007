import { useTranslation } from 'react-i18next'
import { tail } from '@shared/device-model'
import type { UsbPlatform, UsbStatusView } from '@shared/usb/usb-status'
import type { AdbDeviceEntry } from '@shared/usb/device-list'
import { TransportNote } from './transport-note'
import { UsbDebuggingGuide } from './usb-debugging-guide'
import { UsbSetupGuidance } from './usb-setup-guidance'

/** One phone's state in words; `explained` when the transport note already says why the phone could not be opened. */
function DeviceMessage({ device, platform, explained }: { device: AdbDeviceEntry; platform: UsbPlatform; explained: boolean }) {
  const { t } = useTranslation('usb')
  if (device.state === 'no-permissions' && platform === 'linux') return <UsbSetupGuidance problem="no-permissions" platform={platform} />
  if (device.state === 'other' && explained) return null
  const key = { device: 'device', unauthorized: 'unauthorized', offline: 'offline', 'no-permissions': 'noPermissions', other: 'other' }[
    device.state
  ]
  return <p className={device.state === 'device' ? 'usb-ok' : 'usb-warn'}>{t(`connection.${key}`, { tail: tail(device.serial) })}</p>
}

/** adb is picked in the main process's open dialog, which checks it before keeping it. */
function AdbPicker(props: { configured: string; onChoose: () => void }) {
  const { t } = useTranslation('usb')
  return (
    <div className="field">
      {props.configured && <p>{t('connection.configuredAdb', { path: props.configured })}</p>}
      <button type="button" className="button" onClick={props.onChoose} aria-describedby="usb-adb-path-help">
        {t('connection.chooseAdb')}
      </button>
      <p id="usb-adb-path-help" className="field-help">
        {t('connection.adbPathHelp')}
      </p>
    </div>
  )
}

/**
 * The connection: adb found or not, phones none / one (with its state) / several (the owner picks),
 * with the guidance each state needs. `selected` is the serial reads go to.
 */
export function ConnectionPanel(props: {
  status: UsbStatusView | null
  error: string | null
  selected: string | null
  onSelect: (serial: string) => void
  onRetry: () => void
  onAdbPath: () => void
}) {
  const { t } = useTranslation('usb')
  const connection = props.status?.connection
  const platform = props.status?.transport?.platform ?? 'other'
  const explained = Boolean(props.status?.transport?.problem)
  let body
  if (!connection || connection.kind === 'idle') body = <p>{t('connection.connecting')}</p>
  else if (connection.kind === 'adb-missing') {
    body = (
      <>
        <p className="usb-warn">{t('connection.adbMissing')}</p>
        <p>{t('connection.adbMissingHow')}</p>
        <details>
          <summary>{t('connection.searched')}</summary>
          <ul className="usb-searched">
            {connection.searched.map((place) => (
              <li key={place}>
                <code>{place}</code>
              </li>
            ))}
          </ul>
        </details>
        <AdbPicker configured={props.status?.configuredAdbPath ?? ''} onChoose={props.onAdbPath} />
      </>
    )
  } else if (connection.kind === 'server-down') {
    body = (
      <>
        <p className="usb-warn">{t(`connection.serverDown.${connection.cause}`)}</p>
        <AdbPicker configured={props.status?.configuredAdbPath ?? ''} onChoose={props.onAdbPath} />
      </>
    )
  } else if (connection.kind === 'none') body = <p>{t('connection.none')}</p>
  else if (connection.kind === 'one') body = <DeviceMessage device={connection.device} platform={platform} explained={explained} />
  else {
    body = (
      <fieldset className="usb-picker">
        <legend>{t('connection.several')}</legend>
        {connection.devices.map((device) => (
          <label key={device.serial} className="checkbox">
            <input
              type="radio"
              name="usb-phone"
              value={device.serial}
              checked={props.selected === device.serial}
              disabled={device.state !== 'device'}
              onChange={() => props.onSelect(device.serial)}
            />
            {t('connection.choice', { tail: tail(device.serial), state: t(`connection.states.${device.state}`) })}
          </label>
        ))}
        {connection.devices
          .filter((d) => d.state !== 'device')
          .map((device) => (
            <DeviceMessage key={device.serial} device={device} platform={platform} explained={explained} />
          ))}
      </fieldset>
    )
  }
  const needsGuide = !connection || connection.kind === 'none' || (connection.kind === 'one' && connection.device.state !== 'device')
  return (
    <section className="card usb-connection" aria-labelledby="usb-connection-title">
      <h2 id="usb-connection-title">{t('connection.heading')}</h2>
      <div role="status" aria-live="polite">
        {body}
        {props.error && <p className="usb-warn">{props.error}</p>}
      </div>
      <TransportNote transport={props.status?.transport} prompting={prompting(connection)} />
      {connection && connection.kind !== 'one' && connection.kind !== 'several' && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('connection.retry')}
        </button>
      )}
      <UsbDebuggingGuide open={needsGuide} />
    </section>
  )
}

/** True while a phone waits for the owner to tap Allow on "Allow USB debugging?". */
function prompting(connection: UsbStatusView['connection'] | undefined): boolean {
  if (connection?.kind === 'one') return connection.device.state === 'unauthorized'
  return connection?.kind === 'several' && connection.devices.some((d) => d.state === 'unauthorized')
}

/** The serial reads should go to: the only ready phone, or the owner's pick among several. */
export function readySerial(status: UsbStatusView | null, picked: string | null): string | null {
  const connection = status?.connection
  if (connection?.kind === 'one') return connection.device.state === 'device' ? connection.device.serial : null
  if (connection?.kind === 'several') return connection.devices.some((d) => d.serial === picked && d.state === 'device') ? picked : null
  return null
}
