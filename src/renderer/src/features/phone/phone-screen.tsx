import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '@shared/device-model'
import { brandWords, osFamilyWords } from '@shared/i18n/device-words'
import type { RevealedFields } from '@shared/household'
import { api, unwrap } from '../../lib/api-client'
import { useHousehold } from '../../lib/household-store'
import { useRoute } from '../../app/routes'
import { BackLink } from '../../components/back-link'
import { formatDate, formatDateTime } from '../../components/format'
import { MaskedValue } from '../../components/masked-value'
import { CertificatesCard } from '../certificate/certificates-card'
import { RunCard } from '../run/run-card'

/** One phone's record: its details with the identifiers masked until revealed. */
export function PhoneScreen(props: { deviceId: string; onEdit: (device: DeviceSummary) => void }) {
  const { t } = useTranslation(['common', 'usb'])
  const { navigate } = useRoute()
  const { devices, members } = useHousehold()
  const device = devices.find((d) => d.id === props.deviceId)
  // The full identifiers cross IPC only when the owner reveals one; one request serves all four until the record changes.
  const revealed = useRef<{ at: string; fields: Promise<RevealedFields> } | null>(null)

  if (!device) {
    return (
      <section className="screen">
        <p>{t('errors.generic')}</p>
        <button type="button" className="button" onClick={() => navigate({ name: 'dashboard' })}>
          {t('app.back')}
        </button>
      </section>
    )
  }
  const reveal = (key: keyof RevealedFields) => async (): Promise<string> => {
    if (revealed.current?.at !== device.updatedAt)
      revealed.current = { at: device.updatedAt, fields: unwrap(api().devices.reveal({ id: device.id })) }
    return (await revealed.current.fields)[key]
  }
  const tails = { imei1: device.imei1Tail, imei2: device.imei2Tail, serial: device.serialTail, accountHint: '' }
  const owner = device.ownerId
    ? (members.find((m) => m.id === device.ownerId)?.name ?? t('dashboard.unknownOwner'))
    : t('dashboard.noOwner')
  const rows: Array<[string, string]> = [
    [t('form.brand'), brandWords(t, device.brand)],
    [t('form.marketName'), device.marketName],
    [t('form.modelNumber'), device.modelNumber],
    [t('form.osFamily'), [osFamilyWords(t, device.osFamily), device.osVersion].filter(Boolean).join(' ')],
    [t('form.romRegion'), t(`regions.${device.romRegion}`)],
    [t('form.colourStorage'), device.colourStorage],
    [t('form.owner'), owner],
    [t('form.purchaseDate'), device.purchaseDate ? formatDate(device.purchaseDate) : ''],
    [t('dashboard.filterStatus'), t(`status.${device.status}`)]
  ]
  return (
    <section className="screen phone-screen" aria-labelledby="phone-title">
      <BackLink />
      <header className="screen-header">
        <div>
          <h1 id="phone-title" dir="auto">
            {device.nickname}
          </h1>
          <p className="muted">{t('dashboard.lastChange', { when: formatDateTime(device.updatedAt) })}</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => navigate({ name: 'usb', deviceId: device.id })}>
            {t('usb:open')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('dashboard.editNamed', { name: device.nickname })}
            onClick={() => props.onEdit(device)}
          >
            {t('dashboard.edit')}
          </button>
        </div>
      </header>
      <RunCard deviceId={device.id} />
      <CertificatesCard deviceId={device.id} />
      <section className="card" aria-labelledby="record-title">
        <h2 id="record-title">{t('details.record')}</h2>
        <dl className="details">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value || <span className="muted">{t('masked.empty')}</span>}</dd>
            </div>
          ))}
          {(['imei1', 'imei2', 'serial', 'accountHint'] as const).map((key) => (
            <div key={key}>
              <dt>{t(`form.${key}`)}</dt>
              <dd>
                <MaskedValue
                  label={t(`form.${key}`)}
                  tail={tails[key]}
                  present={key === 'accountHint' ? device.hasAccountHint : tails[key] !== ''}
                  reveal={reveal(key)}
                />
              </dd>
            </div>
          ))}
          {device.notes && (
            <div className="details-wide">
              <dt>{t('form.notes')}</dt>
              <dd className="notes">{device.notes}</dd>
            </div>
          )}
        </dl>
      </section>
    </section>
  )
}
