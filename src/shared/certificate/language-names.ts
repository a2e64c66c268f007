import { LANGUAGES, type LanguageCode } from '../i18n/languages'

/** The names of a certificate's languages, each in itself ("简体中文 · English"). */
export function languageNames(languages: readonly LanguageCode[]): string {
  return languages.map((code) => LANGUAGES.find((language) => language.code === code)?.nativeName ?? code).join(' · ')
}
