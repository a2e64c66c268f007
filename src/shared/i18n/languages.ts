/** The languages Handover speaks, in the order the language picker lists them. */
export const LANGUAGES = [
  { code: 'en', nativeName: 'English' },
  { code: 'zh-CN', nativeName: '简体中文' },
  { code: 'hi', nativeName: 'हिन्दी' },
  { code: 'id', nativeName: 'Bahasa Indonesia' },
  { code: 'es', nativeName: 'Español' },
  { code: 'pt-BR', nativeName: 'Português do Brasil' },
  { code: 'ru', nativeName: 'Русский' }
] as const

/** A language Handover has catalogues for (a BCP 47 tag). */
export type LanguageCode = (typeof LANGUAGES)[number]['code']

/** The language every catalogue is written in first, and the fallback for a missing key. */
export const SOURCE_LANGUAGE: LanguageCode = 'en'

const CODES: ReadonlySet<string> = new Set(LANGUAGES.map((language) => language.code))

/** True when `value` names one of Handover's languages exactly. */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && CODES.has(value)
}

/**
 * The first of the system's preferred languages (most preferred first, BCP 47 tags such as "zh-Hans-CN",
 * "pt-BR", "hi-IN") that Handover speaks; English when none matches.
 */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const match = languageOfTag(tag)
    if (match) return match
  }
  return SOURCE_LANGUAGE
}

/** The language for one BCP 47 tag: exact, then by script/region for Chinese and Portuguese, then by primary subtag. */
function languageOfTag(tag: string): LanguageCode | undefined {
  let locale: Intl.Locale
  try {
    locale = new Intl.Locale(tag).maximize()
  } catch {
    return undefined
  }
  // Only Simplified Chinese has a catalogue: a Traditional Chinese reader (zh-TW, zh-Hant) is better served by the next preference.
  if (locale.language === 'zh') return locale.script === 'Hans' ? 'zh-CN' : undefined
  if (locale.language === 'pt') return 'pt-BR'
  return isLanguageCode(locale.language) ? locale.language : undefined
}
