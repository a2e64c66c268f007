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
/**
 * Where a model number can be, in order. Many phones put the market name in `ro.product.model`
 * ("Redmi K30 5G", "MI PAD 4") and the model number in `ro.product.cert`.
 */
const MODEL_NUMBER_PROPS = [
  'ro.product.model',
  'ro.product.cert',
  'ro.product.odm.cert',
  'ro.product.vendor.cert',
  'ro.product.odm.model',
  'ro.product.vendor.model'
]
/** A model number such as 23117RA68G: letters and digits, at least one digit (not a code name like "qssi"). */
const MODEL_NUMBER = /^(?=.*\d)[A-Z0-9]{5,}$/i

/**
 * Region codes: the suffixes of `ro.product.mod_device` ("garnet_eea_global") and, upper-cased,
 * the region letters of Xiaomi build numbers ("V14.0.5.0.TMSMIXM": MI).
 */
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
  jp: 'Japan',
  kr: 'Korea',
  lm: 'Latin America',
  mx: 'Mexico',
  za: 'South Africa'
}

/** mod_device codes of ROMs Xiaomi did not make ("unicorn_xiaomieu_global", "clover_mam_global"). */
const UNOFFICIAL_MOD_DEVICE_CODES = new Set(['xiaomieu', 'mam'])

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
  // HyperOS also sets the MIUI properties, so it is checked first. The incremental ("OS2.0.12.0.UMZEUXM") is Xiaomi's
  // build number. HyperOS 3's `ro.ai.os.version.name` is not read: no source says what it denotes.
  const hyper = first(props, ['ro.mi.os.version.incremental', 'ro.mi.os.version.name'])
  if (hyper) return { osFamily: 'HyperOS', osVersion: hyper }
  const miui = props.get('ro.miui.ui.version.name')?.trim()
  if (miui) return { osFamily: 'MIUI', osVersion: first(props, ['ro.build.version.incremental']) || miui }
  const release = first(props, ['ro.build.version.release'])
  return { osFamily: 'other Android', osVersion: release ? `Android ${release}` : '' }
}

/**
 * The region of an official ROM: `ro.product.mod_device` ("garnet_eea_global"; a bare code name is China), else
 * `ro.miui.build.region`, else the build number's region code. A mod_device with a code Handover does not know
 * gives "unknown" rather than whatever another property claims.
 */
function officialRegionOf(props: ReadonlyMap<string, string>): RomRegion {
  const modDevice = first(props, ['ro.product.mod_device']).toLowerCase()
  if (modDevice) {
    const parts = modDevice.split('_')
    if (parts.length === 1) return 'China'
    const code = parts.at(-1) === 'global' && parts.length > 2 ? parts.at(-2)! : parts.at(-1)!
    if (UNOFFICIAL_MOD_DEVICE_CODES.has(code)) return 'other'
    return regionOfCode(code) ?? 'unknown'
  }
  const buildRegion = regionOfCode(first(props, ['ro.miui.build.region']))
  if (buildRegion) return buildRegion
  // Build numbers end in e.g. "TMOMIXM": Android letter, two-letter device code, region, carrier.
  const code = /\.([A-Z])([A-Z]{2})([A-Z]{2})([A-Z]{2})$/.exec(
    first(props, ['ro.mi.os.version.incremental', 'ro.build.version.incremental'])
  )
  return (code && regionOfCode(code[3])) || 'unknown'
}

function regionOfCode(code: string): RomRegion | null {
  const lower = code.toLowerCase()
  return Object.hasOwn(REGION_BY_CODE, lower) ? REGION_BY_CODE[lower] : null
}

/** A ROM Xiaomi did not make has region "other", whatever build number it imitates. */
function regionOf(props: ReadonlyMap<string, string>, signs: readonly UnofficialRomSign[]): RomRegion {
  return signs.length > 0 ? 'other' : officialRegionOf(props)
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
  // Never the market name or a code name: an empty field is better than a wrong model number.
  const modelNumber = MODEL_NUMBER_PROPS.map((name) => props.get(name)?.trim() ?? '').find((v) => MODEL_NUMBER.test(v)) ?? ''
  const unofficialRom = unofficialRomSigns(props)
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
      romRegion: regionOf(props, unofficialRom),
      serial: serialOf(props),
      unofficialRom
    }
  }
}
