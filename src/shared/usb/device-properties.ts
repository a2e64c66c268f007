import { BRANDS, type ROM_REGIONS, type Brand, type OsFamily } from '../device-model'
import type { UnknownOutcome } from './read-outcome'
import { unofficialRomSigns, type UnofficialRomSign } from './unofficial-rom'

/** A ROM region as the phone record names it. */
export type RomRegion = (typeof ROM_REGIONS)[number]

/** What Handover reads about a phone from `getprop`. */
export interface DeviceProperties {
  brand: Brand
  /** `ro.product.manufacturer`, e.g. "Xiaomi" (also for Redmi and POCO phones). */
  manufacturer: string
  marketName: string
  modelNumber: string
  /** Xiaomi's code name, e.g. "garnet". */
  codename: string
  osFamily: OsFamily
  osVersion: string
  androidVersion: string
  romRegion: RomRegion
  serial: string
  /** Empty when nothing points to an unofficial ROM. */
  unofficialRom: UnofficialRomSign[]
}

/** The result of reading the properties: the facts, or "unknown" with a reason. */
export type PropertiesOutcome = { state: 'read'; properties: DeviceProperties } | UnknownOutcome

const MARKET_NAME_PROPS = [
  'ro.product.marketname',
  'ro.product.odm.marketname',
  'ro.product.vendor.marketname',
  'ro.product.system.marketname'
]
const MODEL_PROPS = ['ro.product.model', 'ro.product.odm.model', 'ro.product.vendor.model', 'ro.product.system.model']
/** A model number such as 23117RA68G: letters and digits, at least one digit (not a code name like "qssi"). */
const MODEL_NUMBER = /^(?=.*\d)[A-Z0-9]{5,}$/i

/** Region suffixes of `ro.product.mod_device` and region codes of Xiaomi build numbers. */
const REGION_BY_CODE: Record<string, RomRegion> = {
  global: 'global',
  mi: 'global',
  eea: 'EEA',
  eu: 'EEA',
  in: 'India',
  cn: 'China',
  ru: 'Russia',
  id: 'Indonesia',
  tr: 'Turkey',
  tw: 'Taiwan',
  jp: 'Japan'
}

function first(props: ReadonlyMap<string, string>, names: readonly string[]): string {
  for (const name of names) {
    const value = props.get(name)?.trim()
    if (value) return value
  }
  return ''
}

function brandOf(rawBrand: string, marketName: string): Brand {
  const known = BRANDS.find((b) => b !== 'other' && b.toLowerCase() === rawBrand.toLowerCase())
  if (!known) return 'other'
  // Older Redmi and POCO phones report the brand "Xiaomi"; their market name tells.
  if (known === 'Xiaomi') {
    if (/^redmi\b/i.test(marketName)) return 'Redmi'
    if (/^poco/i.test(marketName)) return 'POCO'
  }
  return known
}

function osOf(props: ReadonlyMap<string, string>): { osFamily: OsFamily; osVersion: string } {
  // HyperOS also sets the MIUI properties, so it is checked first.
  const hyper = first(props, ['ro.mi.os.version.incremental', 'ro.mi.os.version.name'])
  if (hyper) return { osFamily: 'HyperOS', osVersion: hyper }
  const miui = props.get('ro.miui.ui.version.name')?.trim()
  if (miui) return { osFamily: 'MIUI', osVersion: first(props, ['ro.build.version.incremental']) || miui }
  const release = first(props, ['ro.build.version.release'])
  return { osFamily: 'other Android', osVersion: release ? `Android ${release}` : '' }
}

/** The region from `ro.product.mod_device` (e.g. "garnet_eea_global"), then the build's region code. */
function regionOf(props: ReadonlyMap<string, string>): RomRegion {
  const modDevice = first(props, ['ro.product.mod_device']).toLowerCase()
  if (modDevice) {
    const parts = modDevice.split('_')
    if (parts.length === 1) return 'China'
    const code = parts.at(-1) === 'global' && parts.length > 2 ? parts.at(-2)! : parts.at(-1)!
    const region = REGION_BY_CODE[code]
    if (region) return region
  }
  const buildRegion = REGION_BY_CODE[first(props, ['ro.miui.build.region']).toLowerCase()]
  if (buildRegion) return buildRegion
  // Build numbers end in e.g. "TMOMIXM": Android letter, two-letter device code, region, carrier.
  const code = /\.([A-Z])([A-Z]{2})([A-Z]{2})([A-Z]{2})$/.exec(first(props, ['ro.build.version.incremental']))
  return (code && REGION_BY_CODE[code[3].toLowerCase()]) || 'unknown'
}

function serialOf(props: ReadonlyMap<string, string>): string {
  const serial = first(props, ['ro.serialno', 'ro.boot.serialno'])
  return /^[A-Za-z0-9-]{1,64}$/.test(serial) ? serial : ''
}

/**
 * Turns parsed `getprop` properties into the phone's facts. Answers "unrecognised" when the
 * properties every Android build sets are missing, so a partial read never passes as a phone.
 */
export function readDeviceProperties(props: ReadonlyMap<string, string>): PropertiesOutcome {
  const androidVersion = first(props, ['ro.build.version.release'])
  const model = first(props, MODEL_PROPS)
  if (!androidVersion || !model) return { state: 'unknown', reason: 'unrecognised' }
  const marketName = first(props, MARKET_NAME_PROPS) || (model.includes(' ') ? model : '')
  const modelNumber = MODEL_PROPS.slice(0, 3).map((name) => props.get(name)?.trim() ?? '').find((v) => MODEL_NUMBER.test(v)) ?? model
  return {
    state: 'read',
    properties: {
      brand: brandOf(first(props, ['ro.product.brand', 'ro.product.vendor.brand']), marketName),
      manufacturer: first(props, ['ro.product.manufacturer', 'ro.product.vendor.manufacturer']),
      marketName,
      modelNumber,
      codename: first(props, ['ro.product.device', 'ro.product.vendor.device']),
      ...osOf(props),
      androidVersion,
      romRegion: regionOf(props),
      serial: serialOf(props),
      unofficialRom: unofficialRomSigns(props)
    }
  }
}
