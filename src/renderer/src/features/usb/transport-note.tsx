import { useTranslation } from 'react-i18next'
import type { UsbTransportView } from '@shared/usb/usb-status'
import { UsbKeyFingerprint } from './usb-key-fingerprint'
import { UsbSetupGuidance } from './usb-setup-guidance'

/**
 * Says how Handover reaches the phone (an adb server already running, or directly over USB) and what blocks it.
 * Directly over USB, the app's key fingerprint is shown at once while a phone asks "Allow USB debugging?".
 */
export function TransportNote(props: { transport: UsbTransportView | undefined; prompting: boolean }) {
  const { t } = useTranslation('usb')
  const transport = props.transport
  if (!transport?.kind) return null
  const direct = transport.kind === 'direct-usb'
  return (
    <>
      <p className="usb-transport">{t(direct ? 'transport.direct' : 'transport.server')}</p>
      {/* A phone without permission is explained next to it, on every transport. */}
      {transport.problem && transport.problem !== 'no-permissions' && (
        <UsbSetupGuidance problem={transport.problem} platform={transport.platform} />
      )}
      {direct &&
        (props.prompting ? (
          <UsbKeyFingerprint />
        ) : (
          <details className="usb-key-details">
            <summary>{t('key.label')}</summary>
            <UsbKeyFingerprint />
          </details>
        ))}
    </>
  )
}
