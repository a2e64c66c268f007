import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { emptyDeviceInput, inputFromSummary, type DeviceInput } from '@shared/device-model'
import { applyChanges, type FieldChange } from '@shared/usb/prefill'
import { api, errorMessage } from '../../lib/api-client'
import { household, useHousehold } from '../../lib/household-store'
import { useRoute } from '../../app/routes'
import { useNotify } from '../../app/toasts'
import { invalidate } from '../../lib/query/query-cache'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'
import { PhoneForm } from '../phone-form/phone-form'
import { AccountCheckResult } from './account-check-result'
import { ConnectionPanel, readySerial } from './connection-panel'
import { PrefillReview } from './prefill-review'
import { ReadProgress, UnknownOutcome } from './read-progress'
import { useReadJob } from './use-read-job'
import { useUsbStatus } from './use-usb-status'
import './usb.css'
import { BackLink } from '../../components/back-link'

/**
 * The USB check for one phone (or for a phone not yet recorded): connection and guidance,
 * "Read phone" to prefill the record (showing the changes first), and the account check.
 */
export function UsbScreen(props: { deviceId?: string }) {
  const { t } = useTranslation('usb')
  const { navigate } = useRoute()
  const notify = useNotify()
  const { devices } = useHousehold()
  const device = props.deviceId ? devices.find((d) => d.id === props.deviceId) : undefined
  const usb = useUsbStatus()
  const [picked, setPicked] = useState<string | null>(null)
  const serial = readySerial(usb.status, picked)
  const properties = useReadJob('properties')
  const accounts = useReadJob('accounts')
  const revealed =
    useQuery(device ? queryKeys.revealed(device.id) : null, () => api().devices.reveal({ id: device?.id ?? '' })).data ?? null
  const [formInitial, setFormInitial] = useState<Partial<DeviceInput> | null>(null)
  const [saving, setSaving] = useState(false)
  const running = Boolean(properties.job?.running || accounts.job?.running)

  const current: DeviceInput | null = device ? (revealed ? inputFromSummary(device, revealed) : null) : emptyDeviceInput()

  const apply = async (changes: FieldChange[]) => {
    if (!current) return
    if (!device) {
      setFormInitial(applyChanges(current, changes))
      return
    }
    setSaving(true)
    try {
      const saved = await household.update(device.id, applyChanges(current, changes))
      await invalidate(queryKeys.revealed(saved.id))
      notify({ message: () => t('prefill.saved', { name: saved.nickname }) })
    } catch (error) {
      notify({ message: () => errorMessage(error, t('unknown.adb-error')), tone: 'error' })
    } finally {
      setSaving(false)
    }
  }

  const propertiesOutcome = properties.job?.kind === 'properties' ? properties.job.outcome : null
  const accountOutcome = accounts.job?.kind === 'accounts' ? accounts.job.outcome : null

  return (
    <section className="screen usb-screen" aria-labelledby="usb-title">
      <BackLink device={device} />
      <header>
        <h1 id="usb-title">{device ? t('titleForPhone', { name: device.nickname }) : t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </header>
      <p className="usb-note" role="note">
        {t('reminder')}
      </p>

      <ConnectionPanel
        status={usb.status}
        error={usb.error}
        selected={picked}
        onSelect={setPicked}
        onRetry={usb.connect}
        onAdbPath={() => void usb.setAdbPath()}
      />

      <section className="card" aria-labelledby="usb-read-title">
        <h2 id="usb-read-title">{t('read.heading')}</h2>
        <p className="muted">{t('read.explain')}</p>
        <div className="usb-actions">
          <button type="button" className="button" disabled={!serial || running} onClick={() => serial && properties.start(serial)}>
            {propertiesOutcome ? t('read.again') : t('read.button')}
          </button>
        </div>
        {properties.error && <p className="usb-warn">{properties.error}</p>}
        {properties.job?.running && <ReadProgress job={properties.job} label={t('read.progress')} onCancel={properties.cancel} />}
        {propertiesOutcome?.state === 'unknown' && <UnknownOutcome reason={propertiesOutcome.reason} />}
        {propertiesOutcome?.state === 'read' && current && (
          <PrefillReview
            key={properties.job?.id}
            properties={propertiesOutcome.properties}
            current={current}
            recordName={device?.nickname}
            applyLabel={device ? t('prefill.saveExisting') : t('prefill.continueNew')}
            busy={saving}
            onApply={(changes) => void apply(changes)}
          />
        )}
      </section>

      <section className="card" aria-labelledby="usb-accounts-title">
        <h2 id="usb-accounts-title">{t('accounts.heading')}</h2>
        <p className="muted">{t('accounts.explain')}</p>
        <p className="muted">{device ? t('accounts.recorded') : t('accounts.needsRecord')}</p>
        <div className="usb-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!serial || running}
            onClick={() => serial && accounts.start(serial, device?.id)}
          >
            {accountOutcome ? t('accounts.again') : t('accounts.button')}
          </button>
        </div>
        {accounts.error && <p className="usb-warn">{accounts.error}</p>}
        {accounts.job?.running && <ReadProgress job={accounts.job} label={t('accounts.heading')} onCancel={accounts.cancel} />}
        {accountOutcome && <AccountCheckResult check={accountOutcome} />}
      </section>

      <p className="muted">{t('guide.off')}</p>

      {formInitial && (
        <PhoneForm
          initial={formInitial}
          onClose={(saved) => {
            setFormInitial(null)
            if (saved) navigate({ name: 'usb', deviceId: saved.id })
          }}
        />
      )}
    </section>
  )
}
