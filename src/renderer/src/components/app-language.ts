import type { i18n } from 'i18next'
import { SOURCE_LANGUAGE } from '@shared/i18n/languages'

let appTranslator: i18n | null = null

/** Makes `translator` the app's (i18n.ts, once it is ready). */
export function setAppTranslator(translator: i18n): void {
  appTranslator = translator
}

/** The app's translator, or null before it is ready. */
export function currentTranslator(): i18n | null {
  return appTranslator
}

/** The app's language as a BCP 47 tag for Intl: dates, times and numbers follow it, not the browser's `navigator.language`. */
export function appLocale(): string {
  return appTranslator?.language ?? SOURCE_LANGUAGE
}
