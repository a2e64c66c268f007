import type { Device, DeviceInput } from './device'

export type { Device, DeviceInput, Member } from './device'

/** Brands Handover knows; "other" keeps anything else. */
export const BRANDS = ['Xiaomi', 'Redmi', 'POCO', 'other'] as const
/** Operating-system families, which decide the menu paths shown. */
export const OS_FAMILIES = ['HyperOS', 'MIUI', 'other Android'] as const
/** ROM regions as Xiaomi names them. */
export const ROM_REGIONS = ['global', 'EEA', 'India', 'China', 'Russia', 'Indonesia', 'Turkey', 'Taiwan', 'Japan', 'other', 'unknown'] as const
/** Life-cycle status of a phone in the household. */
export const DEVICE_STATUSES = ['in-use', 'preparing', 'ready', 'handed-over', 'recycled', 'archived'] as const

/** A phone's brand. */
export type Brand = (typeof BRANDS)[number]
/** A phone's OS family. */
export type OsFamily = (typeof OS_FAMILIES)[number]
/** A brand, or '' when the owner is not sure (never guessed for them). */
export type BrandOrUnknown = Brand | ''
/** An OS family, or '' when the owner is not sure. */
export type OsFamilyOrUnknown = OsFamily | ''
/** A phone's status. */
export type DeviceStatus = (typeof DEVICE_STATUSES)[number]

/** The sensitive fields, encrypted through the Vault at rest and masked on screen. */
export const SENSITIVE_FIELDS = ['serial', 'imei1', 'imei2', 'accountHint'] as const
/** One of the sensitive field names. */
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number]

/** What the dashboard receives per phone: no full IMEI, serial or account hint. */
export interface DeviceSummary extends Omit<Device, SensitiveField> {
  /** Last four characters of each identifier, for search and masked display. */
  imei1Tail: string
  imei2Tail: string
  serialTail: string
  hasAccountHint: boolean
}

/** The last four characters of an identifier, or '' when empty. */
export function tail(value: string): string {
  return value.slice(-4)
}

/** The summary the renderer may see for a device. */
export function summarise(device: Device): DeviceSummary {
  const { serial, imei1, imei2, accountHint, ...rest } = device
  return {
    ...rest,
    imei1Tail: tail(imei1),
    imei2Tail: tail(imei2),
    serialTail: tail(serial),
    hasAccountHint: accountHint !== ''
  }
}

/** The editable fields of a phone from its summary, with the identifiers left empty (or taken from `identifiers`). */
export function inputFromSummary(device: DeviceSummary, identifiers: Pick<DeviceInput, SensitiveField> = { serial: '', imei1: '', imei2: '', accountHint: '' }): DeviceInput {
  const { nickname, brand, marketName, modelNumber, osFamily, osVersion, romRegion, colourStorage, ownerId, purchaseDate, notes } = device
  return { nickname, brand, marketName, modelNumber, osFamily, osVersion, romRegion, colourStorage, ownerId, purchaseDate, notes, ...identifiers }
}

/** An empty form, the starting point for a new phone: brand, OS and region "not sure" until the owner says. */
export function emptyDeviceInput(): DeviceInput {
  return {
    nickname: '',
    brand: '',
    marketName: '',
    modelNumber: '',
    osFamily: '',
    osVersion: '',
    romRegion: 'unknown',
    serial: '',
    imei1: '',
    imei2: '',
    colourStorage: '',
    ownerId: null,
    purchaseDate: '',
    accountHint: '',
    notes: ''
  }
}
