import { getI18n } from 'react-i18next'
import { SOURCE_LANGUAGE } from '../../../shared/i18n/languages'

/** The app's language as a BCP 47 tag for Intl: dates, times and numbers follow it, not the browser's `navigator.language`. */
export function appLocale(): string {
  return getI18n()?.language ?? SOURCE_LANGUAGE
}
