import type { LanguageCode } from '../i18n/languages'

/**
 * A certificate time as its language writes it, in the zone it was issued in: "long" spells the month (the issue
 * date), "short" abbreviates it (the steps table). The 24-hour clock in every language, as a record should read.
 */
export function formatCertificateTime(iso: string, timeZone: string, language: LanguageCode, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    day: 'numeric',
    month: style,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).format(new Date(iso))
}
