import { describe, expect, it } from 'vitest'
import { filterPhones, NO_FILTER, searchIndex } from '@renderer/features/dashboard/filter-phones'
import { generateHousehold } from '@bench/household-generator'
import { summarise, type DeviceSummary } from '@shared/device-model'

const { members, devices } = generateHousehold(300, 11)
const phones: DeviceSummary[] = devices.map(summarise)
const index = searchIndex(phones, members)
const ids = (list: DeviceSummary[]) => list.map((d) => d.id)

describe('dashboard filter', () => {
  it('hides archived phones unless asked, and filters by status and owner', () => {
    expect(ids(filterPhones(index, NO_FILTER))).toEqual(ids(phones.filter((d) => d.status !== 'archived')))
    expect(filterPhones(index, { ...NO_FILTER, showArchived: true })).toHaveLength(phones.length)
    expect(ids(filterPhones(index, { ...NO_FILTER, status: 'archived' }))).toEqual(ids(phones.filter((d) => d.status === 'archived')))
    const owner = members[0].id
    expect(ids(filterPhones(index, { ...NO_FILTER, ownerId: owner, showArchived: true }))).toEqual(
      ids(phones.filter((d) => d.ownerId === owner))
    )
  })

  it('matches text in nickname, model and owner name, ignoring case and surrounding spaces', () => {
    const byModel = filterPhones(index, { ...NO_FILTER, query: '  REDMI 13c ', showArchived: true })
    expect(byModel.length).toBeGreaterThan(0)
    expect(byModel.every((d) => `${d.nickname} ${d.marketName}`.toLowerCase().includes('redmi 13c'))).toBe(true)
    const owner = members.find((m) => phones.some((d) => d.ownerId === m.id))!
    const byOwner = filterPhones(index, { ...NO_FILTER, query: owner.name.toUpperCase(), showArchived: true })
    expect(ids(byOwner)).toEqual(expect.arrayContaining(ids(phones.filter((d) => d.ownerId === owner.id))))
  })

  it('matches the last digits of an IMEI or serial only for 2 to 4 letters or digits', () => {
    const target = phones.find((d) => d.imei1Tail !== '')!
    const tail = target.imei1Tail.slice(-3)
    expect(ids(filterPhones(index, { ...NO_FILTER, query: tail, showArchived: true }))).toContain(target.id)
    const serial = phones.find((d) => d.serialTail !== '')!
    expect(ids(filterPhones(index, { ...NO_FILTER, query: serial.serialTail.toUpperCase(), showArchived: true }))).toContain(serial.id)
    const longDigits = target.imei1Tail + '9'
    expect(filterPhones(index, { ...NO_FILTER, query: longDigits, showArchived: true }).some((d) => d.id === target.id)).toBe(false)
  })
})
