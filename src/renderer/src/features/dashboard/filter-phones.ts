import type { DeviceStatus, DeviceSummary, Member } from '@shared/device-model'

/** What the owner filters the dashboard by. */
export interface PhoneFilter {
  query: string
  status: DeviceStatus | 'all'
  /** A member's id, or 'all'. */
  ownerId: string
  showArchived: boolean
}

/** The empty filter. */
export const NO_FILTER: PhoneFilter = { query: '', status: 'all', ownerId: 'all', showArchived: false }

/**
 * The lower-case texts a query is matched against, in the order of the phones it was built from:
 * `text[i]` holds nickname, market name, model, owner and brand of phone i, `tails[3i..3i+2]` the last
 * characters of its IMEIs and serial. Built once per list so a keystroke allocates nothing per phone.
 */
export interface SearchIndex {
  readonly devices: readonly DeviceSummary[]
  readonly text: readonly string[]
  readonly tails: readonly string[]
}

/** Builds the search index of a list of phones, once per list. */
export function searchIndex(devices: readonly DeviceSummary[], members: readonly Member[]): SearchIndex {
  const names = new Map(members.map((m) => [m.id, m.name]))
  const text: string[] = new Array<string>(devices.length)
  const tails: string[] = new Array<string>(devices.length * 3)
  devices.forEach((d, i) => {
    text[i] =
      `${d.nickname}\u0000${d.marketName}\u0000${d.modelNumber}\u0000${d.ownerId ? (names.get(d.ownerId) ?? '') : ''}\u0000${d.brand}`.toLowerCase()
    tails[3 * i] = d.imei1Tail
    tails[3 * i + 1] = d.imei2Tail
    tails[3 * i + 2] = d.serialTail.toLowerCase()
  })
  return { devices, text, tails }
}

const endsWithTail = (tail: string, digits: string) => tail !== '' && tail.endsWith(digits)

/** Phones matching the filter: text in nickname, market name, model, owner, brand; 2 to 4 letters or digits also match the last characters of IMEIs and serial. */
export function filterPhones(index: SearchIndex, filter: PhoneFilter): DeviceSummary[] {
  const query = filter.query.trim().toLowerCase()
  const digits = /^[0-9a-z]{2,4}$/.test(query) ? query : null
  const { devices, text, tails } = index
  const shown: DeviceSummary[] = []
  for (let i = 0; i < devices.length; i++) {
    const d = devices[i]
    if (filter.status !== 'all' ? d.status !== filter.status : d.status === 'archived' && !filter.showArchived) continue
    if (filter.ownerId !== 'all' && d.ownerId !== filter.ownerId) continue
    if (
      query === '' ||
      text[i].includes(query) ||
      (digits !== null &&
        (endsWithTail(tails[3 * i], digits) || endsWithTail(tails[3 * i + 1], digits) || endsWithTail(tails[3 * i + 2], digits)))
    ) {
      shown.push(d)
    }
  }
  return shown
}
