import { useTranslation } from 'react-i18next'
import type { DirectUsbProblem, UsbPlatform } from '@shared/usb/usb-status'
import { api } from '../../lib/api-client'

/**
 * A udev rule giving the logged-in user (and the plugdev group) the phone: Xiaomi's USB vendor id 2717, and any
 * device with the generic ADB interface (class ff, subclass 42, protocol 01), as Android's Linux set-up asks
 * (developer.android.com/studio/run/device).
 */
export const UDEV_INSTALL_COMMAND =
  "printf '%s\\n' " +
  `'SUBSYSTEM=="usb", ATTR{idVendor}=="2717", MODE="0660", GROUP="plugdev", TAG+="uaccess"' ` +
  `'SUBSYSTEM=="usb", ENV{DEVTYPE}=="usb_device", ENV{ID_USB_INTERFACES}=="*:ff4201:*", MODE="0660", GROUP="plugdev", TAG+="uaccess"' ` +
  '| sudo tee /etc/udev/rules.d/51-handover-android.rules && sudo udevadm control --reload-rules && sudo udevadm trigger'

/** Google's page of OEM USB drivers for Windows (Xiaomi's among them). */
const WINDOWS_DRIVER_PAGE = 'https://developer.android.com/studio/run/oem-usb'

/** What to do when the phone cannot be opened directly: per problem, and per operating system where it differs. */
export function UsbSetupGuidance(props: { problem: DirectUsbProblem; platform: UsbPlatform }) {
  const { t } = useTranslation('usb')
  const { problem, platform } = props
  if (problem === 'no-permissions' && platform === 'linux') {
    return (
      <div className="usb-note usb-setup" role="group" aria-label={t('setup.linuxLabel')}>
        <p>{t('setup.linuxRule')}</p>
        <pre className="usb-command" tabIndex={0} aria-label={t('setup.commandLabel')}>
          <code>{UDEV_INSTALL_COMMAND}</code>
        </pre>
        <p>{t('setup.linuxAfter')}</p>
      </div>
    )
  }
  if (problem === 'claim-failed' && platform === 'win32') {
    return (
      <div className="usb-note usb-setup" role="group" aria-label={t('setup.windowsLabel')}>
        <p>{t('setup.windowsDriver')}</p>
        <button
          type="button"
          className="button button-small"
          aria-label={t('setup.windowsDriverLinkLabel')}
          onClick={() => void api().app.openExternal({ url: WINDOWS_DRIVER_PAGE })}
        >
          {t('setup.windowsDriverLink')} <span aria-hidden="true">↗</span>
        </button>
      </div>
    )
  }
  const key = {
    busy: 'busy',
    'no-permissions': 'noPermissionsOther',
    'claim-failed': 'claimFailed',
    'key-unavailable': 'keyUnavailable',
    disconnected: 'disconnected'
  }[problem]
  return <p className="usb-warn">{t(`setup.${key}`)}</p>
}
