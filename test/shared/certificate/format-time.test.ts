import { describe, expect, it } from 'vitest'
import { formatCertificateTime } from '@shared/certificate/format-time'
import { LANGUAGES } from '@shared/i18n/languages'

const AT = '2025-06-03T12:05:00.000Z'

describe('certificate times', () => {
  it('writes the month as each language does, in the zone of issue, on the 24-hour clock', () => {
    const month: Record<string, RegExp> = {
      en: /June/,
      'zh-CN': /2025年6月3日/,
      hi: /जून/,
      id: /Juni/,
      es: /junio/,
      'pt-BR': /junho/,
      ru: /июня/
    }
    for (const { code } of LANGUAGES) {
      const long = formatCertificateTime(AT, 'Europe/Berlin', code, 'long')
      expect(long, code).toMatch(month[code])
      expect(long, code).toMatch(/14[:.]05/)
    }
    expect(formatCertificateTime('2025-06-03T20:05:00.000Z', 'Asia/Kolkata', 'hi', 'short')).toMatch(/4 जून 2025.*01:35/)
  })

  it('differs between languages, and "short" is shorter than "long"', () => {
    const written = LANGUAGES.map(({ code }) => formatCertificateTime(AT, 'UTC', code, 'long'))
    expect(new Set(written).size).toBe(LANGUAGES.length)
    expect(formatCertificateTime(AT, 'UTC', 'ru', 'short').length).toBeLessThan(formatCertificateTime(AT, 'UTC', 'ru', 'long').length)
  })
})
