import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEVICE_SCHEMA_VERSION, type Brand, type Device, type DeviceStatus, type Member, type OsFamily } from '../src/shared/device-model'
import { luhnCheckDigit } from '../src/shared/imei'
import { sealDevice } from '../src/main/services/household-service'
import type { Vault } from '../src/main/services/ports'

/** A seeded pseudo-random source: floats in [0, 1), the same sequence for the same seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A generated household: its members and its phones, in memory and in clear. */
export interface GeneratedHousehold {
  members: Member[]
  devices: Device[]
}

interface PhoneModel {
  brand: Brand
  marketName: string
  modelNumber: string
  osFamily: OsFamily
  osVersions: string[]
  colours: string[]
  storage: string[]
}

const MODELS: PhoneModel[] = [
  {
    brand: 'Redmi',
    marketName: 'Redmi Note 13 Pro',
    modelNumber: '23117RA68G',
    osFamily: 'HyperOS',
    osVersions: ['1.0.5', '1.0.9', '2.0.3'],
    colours: ['Midnight Black', 'Forest Green', 'Lavender Purple'],
    storage: ['8/256 GB', '12/512 GB']
  },
  {
    brand: 'Redmi',
    marketName: 'Redmi Note 12',
    modelNumber: '23021RAAEG',
    osFamily: 'MIUI',
    osVersions: ['14.0.4', '14.0.8'],
    colours: ['Onyx Gray', 'Ice Blue', 'Mint Green'],
    storage: ['4/128 GB', '6/128 GB', '8/256 GB']
  },
  {
    brand: 'Redmi',
    marketName: 'Redmi 13C',
    modelNumber: '23100RN82L',
    osFamily: 'MIUI',
    osVersions: ['14.0.3', '14.0.6'],
    colours: ['Midnight Black', 'Clover Green', 'Navy Blue'],
    storage: ['4/128 GB', '8/256 GB']
  },
  {
    brand: 'Redmi',
    marketName: 'Redmi Note 11',
    modelNumber: '2201117TG',
    osFamily: 'MIUI',
    osVersions: ['13.0.7', '14.0.2'],
    colours: ['Graphite Gray', 'Twilight Blue', 'Star Blue'],
    storage: ['4/64 GB', '4/128 GB', '6/128 GB']
  },
  {
    brand: 'Redmi',
    marketName: 'Redmi Note 14 Pro+ 5G',
    modelNumber: '24115RA8EG',
    osFamily: 'HyperOS',
    osVersions: ['2.0.6', '2.0.12'],
    colours: ['Midnight Black', 'Frost Blue', 'Lavender Purple'],
    storage: ['8/256 GB', '12/512 GB']
  },
  {
    brand: 'Xiaomi',
    marketName: 'Xiaomi 14',
    modelNumber: '23127PN0CG',
    osFamily: 'HyperOS',
    osVersions: ['1.0.12', '2.0.4'],
    colours: ['Black', 'White', 'Jade Green'],
    storage: ['12/256 GB', '12/512 GB']
  },
  {
    brand: 'Xiaomi',
    marketName: 'Xiaomi 13T Pro',
    modelNumber: '23078PND5G',
    osFamily: 'HyperOS',
    osVersions: ['1.0.3', '1.0.8'],
    colours: ['Black', 'Meadow Green', 'Alpine Blue'],
    storage: ['12/512 GB', '16/1 TB']
  },
  {
    brand: 'Xiaomi',
    marketName: 'Xiaomi 12',
    modelNumber: '2201123G',
    osFamily: 'MIUI',
    osVersions: ['13.0.9', '14.0.5'],
    colours: ['Gray', 'Blue', 'Purple'],
    storage: ['8/128 GB', '8/256 GB']
  },
  {
    brand: 'Xiaomi',
    marketName: 'Xiaomi Mi 11 Lite',
    modelNumber: 'M2101K9AG',
    osFamily: 'MIUI',
    osVersions: ['12.5.4', '13.0.3'],
    colours: ['Boba Black', 'Bubblegum Blue', 'Peach Pink'],
    storage: ['6/64 GB', '6/128 GB']
  },
  {
    brand: 'Xiaomi',
    marketName: 'Redmi Note 9',
    modelNumber: 'M2003J15SS',
    osFamily: 'MIUI',
    osVersions: ['12.0.3', '12.5.1'],
    colours: ['Midnight Grey', 'Forest Green', 'Polar White'],
    storage: ['3/64 GB', '4/128 GB']
  },
  {
    brand: 'POCO',
    marketName: 'POCO F5',
    modelNumber: '23049PCD8G',
    osFamily: 'MIUI',
    osVersions: ['14.0.2', '14.0.9'],
    colours: ['Black', 'White', 'Blue'],
    storage: ['8/256 GB', '12/256 GB']
  },
  {
    brand: 'POCO',
    marketName: 'POCO X6 Pro',
    modelNumber: '2311DRK48G',
    osFamily: 'HyperOS',
    osVersions: ['1.0.4', '1.0.11'],
    colours: ['Black', 'Grey', 'Yellow'],
    storage: ['8/256 GB', '12/512 GB']
  },
  {
    brand: 'POCO',
    marketName: 'POCO M5',
    modelNumber: '22071219CG',
    osFamily: 'MIUI',
    osVersions: ['13.0.6', '14.0.1'],
    colours: ['Black', 'Green', 'Yellow'],
    storage: ['4/64 GB', '4/128 GB']
  },
  {
    brand: 'other',
    marketName: 'Pixel 7a',
    modelNumber: 'G82U8',
    osFamily: 'other Android',
    osVersions: ['14', '15'],
    colours: ['Charcoal', 'Sea', 'Snow'],
    storage: ['8/128 GB']
  }
]

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chloé',
  'Dmitri',
  'Emma',
  'Farah',
  'Giulia',
  'Hannah',
  'Ibrahim',
  'Jonas',
  'Kaito',
  'Lena',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Wei',
  'Yusuf',
  'Zofia'
]
const LAST_NAMES = [
  'Becker',
  'Costa',
  'Dubois',
  'Eriksson',
  'García',
  'Hoffmann',
  'Kowalski',
  'Li',
  'Martin',
  'Novak',
  'Okafor',
  'Petrov',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Yilmaz'
]
const NICKNAMES = [
  '{name}’s phone',
  '{name}’s old phone',
  '{name}’s work phone',
  'Spare {model}',
  'Kitchen {model}',
  '{model} from the drawer',
  '{name}’s {model}'
]
const NOTES = [
  '',
  '',
  '',
  'Small scratch on the screen.',
  'Battery replaced in 2023.',
  'Comes with the original box and charger.',
  'Cracked back glass; works fine.',
  'Was the holiday phone.'
]
const MAIL_DOMAINS = ['mail.com', 'example.org', 'posteo.example', 'web.example']
const REGIONS: Array<Device['romRegion']> = ['global', 'global', 'global', 'EEA', 'EEA', 'India', 'China', 'Indonesia', 'unknown']
const STATUSES: DeviceStatus[] = ['in-use', 'in-use', 'in-use', 'preparing', 'ready', 'handed-over', 'recycled', 'archived']
/** Fixed clock for generated times, so output depends on the seed only. */
const EPOCH = Date.UTC(2025, 5, 1)
const DAY = 86_400_000

/** Generates `count` realistic phones (valid IMEIs, real model names) and their owners from `seed`. */
export function generateHousehold(count: number, seed: number): GeneratedHousehold {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('')
  const uuid = () => {
    const h = hex(32).split('')
    h[12] = '4'
    h[16] = '89ab'[Math.floor(random() * 4)]!
    const s = h.join('')
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
  }
  const imei = (tac: string) => {
    const body = tac + digits(6)
    return body + luhnCheckDigit(body)
  }

  const memberCount = Math.min(200, Math.max(3, Math.ceil(count / 50)))
  const names = new Set<string>()
  // At most 200 of the 384 name pairs, so this always ends.
  while (names.size < memberCount) names.add(`${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`)
  const members = [...names].map((name) => ({ id: uuid(), name }))

  const devices = Array.from({ length: count }, (): Device => {
    const model = pick(MODELS)
    const owner = random() < 0.9 ? pick(members) : null
    const firstName = owner ? owner.name.split(' ')[0] : pick(FIRST_NAMES)
    const tac = '86' + digits(6)
    const createdAt = EPOCH - Math.floor(random() * 900 * DAY)
    const updatedAt = createdAt + Math.floor(random() * (EPOCH - createdAt))
    const purchase = new Date(createdAt - Math.floor(random() * 1500 * DAY)).toISOString().slice(0, 10)
    const hint = random()
    return {
      id: uuid(),
      nickname: pick(NICKNAMES).replace('{name}', firstName).replace('{model}', model.marketName),
      brand: model.brand,
      marketName: model.marketName,
      modelNumber: model.modelNumber,
      osFamily: model.osFamily,
      osVersion: pick(model.osVersions),
      romRegion: pick(REGIONS),
      serial: random() < 0.85 ? hex(8) : '',
      imei1: imei(tac),
      imei2: random() < 0.8 ? imei(tac) : '',
      colourStorage: `${pick(model.colours)}, ${pick(model.storage)}`,
      ownerId: owner?.id ?? null,
      purchaseDate: random() < 0.7 ? purchase : '',
      accountHint:
        hint < 0.4 ? `${firstName[0].toLowerCase()}***@${pick(MAIL_DOMAINS)}` : hint < 0.7 ? `+${digits(2)} *** ${digits(4)}` : '',
      notes: pick(NOTES),
      status: pick(STATUSES),
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(updatedAt).toISOString(),
      schemaVersion: DEVICE_SCHEMA_VERSION
    }
  })
  return { members, devices }
}

/** The JSON text conf / electron-store write for a store (tab-indented), so generated files match the app's. */
function storeText(value: object): string {
  return JSON.stringify(value, undefined, '\t')
}

/**
 * Writes a household as the app stores it: household.json and one file per phone under devices/,
 * sensitive fields sealed with `vault`. Plain writes (no fsync): this only prepares a data folder.
 */
export async function writeHouseholdFolder(dataDir: string, household: GeneratedHousehold, vault: Vault): Promise<void> {
  const devicesDir = join(dataDir, 'devices')
  mkdirSync(devicesDir, { recursive: true })
  writeFileSync(join(dataDir, 'household.json'), storeText({ schemaVersion: 1, members: household.members }))
  for (const device of household.devices) {
    writeFileSync(join(devicesDir, `${device.id}.json`), storeText(await sealDevice(vault, device)))
  }
}
