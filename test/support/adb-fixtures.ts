import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../fixtures/adb/', import.meta.url))

/** The phones recorded under test/fixtures/adb. */
export type AdbFixturePhone =
  | 'hyperos2-tablet'
  | 'miui14-poco'
  | 'miui13-xiaomi'
  | 'second-space-phone'
  | 'no-accounts-phone'
  | 'garbage'
  | 'truncated'

/** One recorded reply, as text. */
export function adbFixture(phone: AdbFixturePhone, file: 'getprop' | 'dumpsys-account' | 'dumpsys-account-after-sign-out'): string {
  return readFileSync(`${ROOT}${phone}/${file}.txt`, 'utf8')
}

/** Every made-up account name in the fixtures, to prove none survives parsing. */
export const FIXTURE_ACCOUNT_NAMES = [
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
  'XSpace'
]

/** True when any fixture account (or user) name, or a recognisable part of one, appears in `text`. */
export function leaksAccountName(text: string): boolean {
  const lower = text.toLowerCase()
  return FIXTURE_ACCOUNT_NAMES.some((name) => lower.includes(name.toLowerCase())) || /example\.(com|org|net)|handover\.test/i.test(text)
}
