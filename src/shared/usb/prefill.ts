import type { DeviceInput } from '../device-model'
import type { DeviceProperties } from './device-properties'

/** The phone-record fields a USB read can fill in. */
const PREFILL_FIELDS = ['brand', 'marketName', 'modelNumber', 'osFamily', 'osVersion', 'romRegion', 'serial'] as const

/** One of the fields a USB read can fill in. */
export type PrefillField = (typeof PREFILL_FIELDS)[number]

/** One proposed change to the phone's record: what the form has now and what the phone says. */
export interface FieldChange {
  field: PrefillField
  from: string
  to: string
}

/** The record values the phone's properties propose. Unknown values ('' or region 'unknown') propose nothing. */
function proposedValues(props: DeviceProperties): Partial<Pick<DeviceInput, PrefillField>> {
  const proposed: Partial<Pick<DeviceInput, PrefillField>> = {}
  for (const field of PREFILL_FIELDS) {
    const value = props[field]
    if (value === '' || value === 'unknown') continue
    Object.assign(proposed, { [field]: value })
  }
  return proposed
}

/** The changes the read would make to `current`, field by field; fields that already match are left out. */
export function prefillChanges(current: Pick<DeviceInput, PrefillField>, props: DeviceProperties): FieldChange[] {
  const proposed = proposedValues(props)
  return PREFILL_FIELDS.flatMap((field) => {
    const to = proposed[field]
    return to !== undefined && to !== current[field] ? [{ field, from: current[field], to }] : []
  })
}

/** Fields that tell phones apart; a known value that differs from the phone's means another phone is plugged in. */
const IDENTITY_FIELDS = ['serial', 'modelNumber'] as const

/** The identity fields on which a saved record and the phone plugged in disagree (both known, different). */
export function identityMismatch(
  recorded: Pick<DeviceInput, PrefillField>,
  props: DeviceProperties
): Array<(typeof IDENTITY_FIELDS)[number]> {
  return IDENTITY_FIELDS.filter(
    (field) => recorded[field] !== '' && props[field] !== '' && recorded[field].toUpperCase() !== props[field].toUpperCase()
  )
}

/** `current` with the accepted changes applied; the changes are the ones `prefillChanges` offered. */
export function applyChanges<T extends Pick<DeviceInput, PrefillField>>(current: T, accepted: readonly FieldChange[]): T {
  const next = { ...current }
  for (const change of accepted) Object.assign(next, { [change.field]: change.to })
  return next
}
