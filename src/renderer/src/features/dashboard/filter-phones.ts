import type { DeviceStatus, DeviceSummary, Member } from '../../../../shared/device-model'

/** What the owner filters the dashboard by. */
export interface PhoneFilter {
  query: string
  status: DeviceStatus | 'all'
  ownerId: string | 'all'
  showArchived: boolean
}

/** The empty filter. */
export const NO_FILTER: PhoneFilter = { query: '', status: 'all', ownerId: 'all', showArchived: false }

/** Builds the lower-case text a query is matched against, once per phone. */
export function searchIndex(devices: readonly DeviceSummary[], members: readonly Member[]): Map<string, string> {
  const names = new Map(members.map((m) => [m.id, m.name]))
  return new Map(
    devices.map((d) => [
      d.id,
      [d.nickname, d.marketName, d.modelNumber, d.ownerId ? names.get(d.ownerId) : '', d.brand].join('\u0000').toLocaleLowerCase()
    ])
  )
}

/** Phones matching the filter: text in nickname, market name, model, owner, brand; digits also match the last digits of IMEIs and serial. */
export function filterPhones(devices: readonly DeviceSummary[], index: Map<string, string>, filter: PhoneFilter): DeviceSummary[] {
  const query = filter.query.trim().toLocaleLowerCase()
  const digits = /^[0-9a-z]{2,4}$/i.test(query) ? query : null
  return devices.filter((d) => {
    if (filter.status !== 'all' ? d.status !== filter.status : d.status === 'archived' && !filter.showArchived) return false
    if (filter.ownerId !== 'all' && d.ownerId !== filter.ownerId) return false
    if (query === '') return true
    if ((index.get(d.id) ?? '').includes(query)) return true
    return digits !== null && [d.imei1Tail, d.imei2Tail, d.serialTail.toLocaleLowerCase()].some((tail) => tail !== '' && tail.endsWith(digits))
  })
}
