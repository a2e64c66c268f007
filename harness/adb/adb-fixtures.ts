import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readDeviceProperties, type DeviceProperties } from '@shared/usb/device-properties'
import { parseGetprop } from '@shared/usb/getprop'

const ROOT = fileURLToPath(new URL('../../test/fixtures/adb/', import.meta.url))

/** The phones recorded under test/fixtures/adb. */
export type AdbFixturePhone =
  | 'hyperos2-tablet'
  | 'miui14-poco'
  | 'miui13-xiaomi'
  | 'second-space-phone'
  | 'no-accounts-phone'
  | 'work-profile-phone'
  | 'xiaomieu-poco-x5-pro'
  | 'xiaomieu-xiaomi-12x'
  | 'hyperos2-pad6-eea'
  | 'crdroid-poco-f6'
  | 'crdroid-redmi-note-11s'
  | 'miui14-redmi9power-india'
  | 'garbage'
  | 'truncated'

/** One recorded reply, as text. */
export function adbFixture(phone: AdbFixturePhone, file: 'getprop' | 'dumpsys-account' | 'dumpsys-account-after-sign-out'): string {
  return readFileSync(`${ROOT}${phone}/${file}.txt`, 'utf8')
}

/** What a recorded phone prints for the two commands Handover runs, as the fake adb server's replies. */
export function adbReplies(phone: AdbFixturePhone): Record<string, string> {
  return { getprop: adbFixture(phone, 'getprop'), 'dumpsys account': adbFixture(phone, 'dumpsys-account') }
}

/** The phone's facts from `getprop` output; throws when they cannot be read. */
export function propertiesOf(getprop: string): DeviceProperties {
  const outcome = readDeviceProperties(parseGetprop(getprop).props)
  if (outcome.state !== 'read') throw new Error(`expected properties, got ${outcome.reason}`)
  return outcome.properties
}

/** Every made-up account name in the fixtures, to prove none survives parsing. */
const FIXTURE_ACCOUNT_NAMES = [
  'handover.test.owner@example.com',
  'handover.test.family@example.org',
  '1876543210',
  '+44 7700 900123',
  'Handover Test',
  'handover.demo@example.net',
  'demo.mi@example.net',
  'handover.second.space@example.com',
  'Owner',
  'Second space',
  'Work profile',
  'XSpace'
]

/** True when any fixture account (or user) name, or a recognisable part of one, appears in `text`. */
export function leaksAccountName(text: string): boolean {
  const lower = text.toLowerCase()
  return FIXTURE_ACCOUNT_NAMES.some((name) => lower.includes(name.toLowerCase())) || /example\.(com|org|net)|handover\.test/i.test(text)
}
