import { appLocale } from '../../components/app-language'

/** A date-time with seconds, so backups made the same minute can be told apart. */
export function formatWhen(iso: string, locale = appLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso))
}

/** A byte count as "12 KB" / "3.4 MB". */
export function formatSize(bytes: number, locale = appLocale()): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
