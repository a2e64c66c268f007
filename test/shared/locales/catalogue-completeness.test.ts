import { describe, expect, it } from 'vitest'
import { catalogueLeaves, PLURAL_SUFFIX } from '@test/support/catalogue-leaves'
import { CATALOGUES, NAMESPACES } from '@shared/i18n/catalogues'
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'

/** Names and terms that read the same in every language: a value made only of these (and placeholders) may equal English. */
const PROPER_NAMES = [
  'Handover',
  'Xiaomi',
  'Redmi',
  'POCO',
  'HyperOS',
  'MIUI',
  'Mi',
  'Google',
  'Android',
  'USB',
  'IMEI',
  'eSIM',
  'SIM',
  'PDF',
  'QR',
  'adb',
  'ADB',
  'CSV',
  'JSON',
  'ZIP',
  'SHA-256',
  'Ed25519',
  'RSA',
  'OK',
  'ID',
  'UTC',
  'A4',
  'LineageOS',
  'Dual apps'
]
/** Keys whose value is rightly the same as English in that language (a word both languages share), by language. */
const SAME_AS_ENGLISH: Partial<Record<LanguageCode, readonly string[]>> = {
  'pt-BR': [
    'common:regions.global',
    'common:regions.China',
    'common:regions.Taiwan',
    'records:backups.title',
    'records:backups.list',
    'usb:connection.states.offline',
    'certificate:verify.fields.item'
  ],
  id: [
    'common:dashboard.filterStatus',
    'common:regions.global',
    'common:regions.India',
    'common:regions.Indonesia',
    'common:regions.Taiwan',
    'common:regions.Korea',
    'usb:connection.states.offline',
    'certificate:verify.fields.format',
    'certificate:verify.fields.osFamily'
  ],
  es: ['common:regions.global', 'common:regions.India', 'common:regions.China', 'common:regions.Indonesia']
}

/** The keys a language must have: English's, with each plural key in the language's own plural categories. */
function expectedKeys(english: Map<string, string>, language: LanguageCode): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of english.keys()) {
    if (!PLURAL_SUFFIX.test(key)) keys.add(key)
    else for (const category of categories) keys.add(key.replace(PLURAL_SUFFIX, `_${category}`))
  }
  return keys
}

/** The interpolation variables ({{name}}, {{count, number}}) and nested keys ($t(...)) a value uses. */
function placeholders(value: string): Set<string> {
  const found = new Set<string>()
  for (const match of value.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)) found.add(`{{${match[1]}}}`)
  for (const match of value.matchAll(/\$t\(([^)]+)\)/g)) found.add(`$t(${match[1]})`)
  for (const match of value.matchAll(/<(\/?\w+)>/g)) found.add(`<${match[1]}>`)
  return found
}

/** The English forms of a key: itself, or every plural form of its base. */
function englishForms(english: Map<string, string>, key: string): string[] {
  if (!PLURAL_SUFFIX.test(key)) return [english.get(key) ?? '']
  const base = key.replace(PLURAL_SUFFIX, '')
  return [...english].filter(([other]) => other.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(other)).map(([, text]) => text)
}

/** True when the value is only proper names, placeholders, numbers and punctuation. */
function onlyNamesAndPlaceholders(value: string): boolean {
  let rest = value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|https?:\/\/\S+|<\/?\w+>/g, ' ')
  for (const name of PROPER_NAMES) rest = rest.replaceAll(new RegExp(`\\b${name.replace(/[-.]/g, '\\$&')}\\b`, 'g'), ' ')
  return !/\p{L}/u.test(rest)
}

const english = Object.fromEntries(NAMESPACES.map((namespace) => [namespace, catalogueLeaves(CATALOGUES[SOURCE_LANGUAGE][namespace])]))

describe.each(LANGUAGES.filter((language) => language.code !== SOURCE_LANGUAGE))('the $nativeName ($code) catalogue', ({ code }) => {
  describe.each(NAMESPACES)('namespace %s', (namespace) => {
    const source = english[namespace]
    const target = catalogueLeaves(CATALOGUES[code][namespace])
    const expected = expectedKeys(source, code)

    it('has every key, in its own plural forms', () => {
      expect([...expected].filter((key) => !target.has(key))).toEqual([])
    })

    it('has no key English lacks', () => {
      expect([...target.keys()].filter((key) => !expected.has(key))).toEqual([])
    })

    it('uses the same interpolation variables and nested keys as English', () => {
      const mismatched = [...target]
        .filter(([key]) => expected.has(key))
        .filter(([key, value]) => {
          const forms = englishForms(source, key).map(placeholders)
          const allowed = new Set(forms.flatMap((set) => [...set]))
          const required = PLURAL_SUFFIX.test(key)
            ? new Set([...(forms.at(-1) ?? [])].filter((name) => name !== '{{count}}'))
            : (forms[0] ?? new Set<string>())
          const used = placeholders(value)
          return [...used].some((name) => !allowed.has(name)) || [...required].some((name) => !used.has(name))
        })
        .map(([key, value]) => `${key}: ${value}`)
      expect(mismatched).toEqual([])
    })

    it('translates every value beyond proper names', () => {
      const allowed = new Set(SAME_AS_ENGLISH[code] ?? [])
      const untranslated = [...target]
        .filter(([key, value]) => source.get(key) === value && !onlyNamesAndPlaceholders(value) && !allowed.has(`${namespace}:${key}`))
        .map(([key]) => key)
      expect(untranslated).toEqual([])
    })
  })
})
