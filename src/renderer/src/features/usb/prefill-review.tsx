import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceInput } from '@shared/device-model'
import type { DeviceProperties } from '@shared/usb/device-properties'
import { identityMismatch, prefillChanges, type FieldChange, type PrefillField } from '@shared/usb/prefill'
import { UsbTable } from './usb-table'

/**
 * What reading the phone would change in its record, field by field (now / from the phone / use it?),
 * with an unofficial ROM stated as a fact. When a saved record (`recordName`) names another serial or model
 * than the phone plugged in, it warns and ticks nothing. Nothing is saved until the owner applies.
 */
export function PrefillReview(props: {
  properties: DeviceProperties
  current: Pick<DeviceInput, PrefillField>
  /** Nickname of the saved record being updated; absent for a phone not yet recorded. */
  recordName?: string | undefined
  applyLabel: string
  busy?: boolean
  onApply: (changes: FieldChange[]) => void
}) {
  const { t } = useTranslation('usb')
  const changes = prefillChanges(props.current, props.properties)
  const mismatch = props.recordName === undefined ? [] : identityMismatch(props.current, props.properties)
  const [skipped, setSkipped] = useState<ReadonlySet<PrefillField>>(() => new Set(mismatch.length > 0 ? changes.map((c) => c.field) : []))
  const show = (field: PrefillField, value: string) => {
    if (value === '') return <span className="muted">{t('prefill.empty')}</span>
    return field === 'romRegion' ? t(`common:regions.${value}`) : value
  }
  const { unofficialRom, androidVersion } = props.properties
  return (
    <div className="usb-prefill">
      <h3>{t('prefill.heading')}</h3>
      <p className="muted">
        {[props.properties.marketName || props.properties.modelNumber, t('prefill.androidVersion', { version: androidVersion })]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {unofficialRom.length > 0 && (
        <p className="usb-note" role="note">
          {t('prefill.unofficial', { signs: unofficialRom.map((s) => t(`prefill.signs.${s}`)).join(', ') })}
        </p>
      )}
      {mismatch.length > 0 && (
        <div className="usb-unknown" role="alert">
          <p>
            <strong>{t('prefill.mismatchTitle', { name: props.recordName })}</strong>
          </p>
          <p>
            {t('prefill.mismatchBody', { fields: mismatch.map((field) => t(`common:form.${field}`).toLowerCase()).join(t('prefill.and')) })}
          </p>
        </div>
      )}
      {changes.length === 0 ? (
        <p className="usb-ok">{t('prefill.noChanges')}</p>
      ) : (
        <>
          <UsbTable
            caption={t('prefill.caption')}
            columns={[t('prefill.field'), t('prefill.current'), t('prefill.proposed'), t('prefill.use')]}
          >
            {changes.map((change) => {
              const label = t(`common:form.${change.field}`)
              return (
                <tr key={change.field}>
                  <th scope="row">{label}</th>
                  <td>{show(change.field, change.from)}</td>
                  <td>{show(change.field, change.to)}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('prefill.useField', { field: label })}
                      checked={!skipped.has(change.field)}
                      onChange={(e) => {
                        const next = new Set(skipped)
                        if (e.target.checked) next.delete(change.field)
                        else next.add(change.field)
                        setSkipped(next)
                      }}
                    />
                  </td>
                </tr>
              )
            })}
          </UsbTable>
          <div className="usb-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={props.busy || changes.every((c) => skipped.has(c.field))}
              onClick={() => props.onApply(changes.filter((c) => !skipped.has(c.field)))}
            >
              {props.applyLabel}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
