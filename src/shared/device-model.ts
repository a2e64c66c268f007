/** Brands Handover knows; "other" keeps anything else. */
export const BRANDS = ['Xiaomi', 'Redmi', 'POCO', 'other'] as const
/** Operating-system families, which decide the menu paths shown. */
export const OS_FAMILIES = ['HyperOS', 'MIUI', 'other Android'] as const
/** ROM regions as Xiaomi names them. */
export const ROM_REGIONS = [
  'global',
  'EEA',
  'India',
  'China',
  'Russia',
  'Indonesia',
  'Turkey',
  'Taiwan',
  'Japan',
  'Korea',
  'Latin America',
  'Mexico',
  'South Africa',
  'other',
  'unknown'
] as const
/** Life-cycle status of a phone in the household. */
export const DEVICE_STATUSES = ['in-use', 'preparing', 'ready', 'handed-over', 'recycled', 'archived'] as const

/** Version of the stored device record; bump it with a migration. */
export const DEVICE_SCHEMA_VERSION = 1

/** Longest nickname a phone can have. */
export const NICKNAME_MAX = 200

/** A phone's brand. */
export type Brand = (typeof BRANDS)[number]
/** A phone's OS family. */
export type OsFamily = (typeof OS_FAMILIES)[number]
/** A phone's ROM region. */
export type RomRegion = (typeof ROM_REGIONS)[number]
/** A brand, or '' when the owner is not sure (never guessed for them). */
export type BrandOrUnknown = Brand | ''
/** An OS family, or '' when the owner is not sure. */
export type OsFamilyOrUnknown = OsFamily | ''
/** A phone's status. */
export type DeviceStatus = (typeof DEVICE_STATUSES)[number]

/** A household member who can own phones. */
export interface Member {
  id: string
  name: string
}

/** What the owner types into the phone form (also the editable part of a device). */
export interface DeviceInput {
  nickname: string
  brand: BrandOrUnknown
  marketName: string
  modelNumber: string
  osFamily: OsFamilyOrUnknown
  osVersion: string
  romRegion: RomRegion
  serial: string
  imei1: string
  imei2: string
  colourStorage: string
  ownerId: string | null
  /** YYYY-MM-DD, or '' when unknown. */
  purchaseDate: string
  accountHint: string
  notes: string
}

/** A phone record as the main process keeps it (sensitive fields in clear, in memory only). */
export interface Device extends DeviceInput {
  id: string
  status: DeviceStatus
  createdAt: string
  updatedAt: string
  schemaVersion: typeof DEVICE_SCHEMA_VERSION
}

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

/**
 * The summary the renderer may see for a device. Fields are copied by name: an object rest that leaves
 * out the sensitive fields took V8's slow path and made summarising 10,000 phones cost as much as reading them.
 */
export function summarise(device: Device): DeviceSummary {
  return {
    id: device.id,
    nickname: device.nickname,
    brand: device.brand,
    marketName: device.marketName,
    modelNumber: device.modelNumber,
    osFamily: device.osFamily,
    osVersion: device.osVersion,
    romRegion: device.romRegion,
    colourStorage: device.colourStorage,
    ownerId: device.ownerId,
    purchaseDate: device.purchaseDate,
    notes: device.notes,
    status: device.status,
    createdAt: device.createdAt,
    updatedAt: device.updatedAt,
    schemaVersion: device.schemaVersion,
    imei1Tail: tail(device.imei1),
    imei2Tail: tail(device.imei2),
    serialTail: tail(device.serial),
    hasAccountHint: device.accountHint !== ''
  }
}

/** The editable fields of a phone from its summary, with the identifiers left empty (or taken from `identifiers`). */
export function inputFromSummary(
  device: DeviceSummary,
  identifiers: Pick<DeviceInput, SensitiveField> = { serial: '', imei1: '', imei2: '', accountHint: '' }
): DeviceInput {
  const { nickname, brand, marketName, modelNumber, osFamily, osVersion, romRegion, colourStorage, ownerId, purchaseDate, notes } = device
  return {
    nickname,
    brand,
    marketName,
    modelNumber,
    osFamily,
    osVersion,
    romRegion,
    colourStorage,
    ownerId,
    purchaseDate,
    notes,
    ...identifiers
  }
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
