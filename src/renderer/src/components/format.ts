import { appLocale } from './app-language'

/** A date-time as the app's language writes it. */
export function formatDateTime(iso: string, locale = appLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** A calendar date (YYYY-MM-DD) as the app's language writes it. */
export function formatDate(isoDate: string, locale = appLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`))
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60]
]

/** One formatter per locale: creating an Intl formatter costs more than formatting with it, and every dashboard row formats. */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

/** "3 minutes ago", "yesterday", "just now" in the app's language. */
export function formatRelative(iso: string, now = Date.now(), locale = appLocale()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000
  let format = relativeFormats.get(locale)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    relativeFormats.set(locale, format)
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(0, 'minute')
}
