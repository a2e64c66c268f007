import { describe, expect, it } from 'vitest'
import { setAppTranslator } from '@renderer/components/app-language'
import { formatDate, formatDateTime, formatRelative } from '@renderer/components/format'
import { formatSize, formatWhen } from '@renderer/features/records/format-when'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { LANGUAGES, type LanguageCode } from '@shared/i18n/languages'

const appIn = async (language: LanguageCode) =>
  setAppTranslator(await createTranslator({ language, namespaces: ['common'], load: (code, namespace) => CATALOGUES[code][namespace] }))

const AT = '2024-03-12T14:05:00Z'
const NOW = Date.parse(AT) + 3 * 24 * 3600 * 1000

describe('format.ts follows the app’s language', () => {
  it('writes dates, times, relative times and sizes the way each language does', async () => {
    const seen = new Set<string>()
    for (const { code } of LANGUAGES) {
      await appIn(code)
      const written = [formatDate('2024-03-12'), formatDateTime(AT), formatRelative(AT, NOW), formatWhen(AT), formatSize(3.5 * 1024 * 1024)]
      expect(written, code).toEqual([
        formatDate('2024-03-12', code),
        formatDateTime(AT, code),
        formatRelative(AT, NOW, code),
        formatWhen(AT, code),
        formatSize(3.5 * 1024 * 1024, code)
      ])
      seen.add(written.join(' | '))
    }
    // Seven languages, seven different ways of writing the same moments.
    expect(seen.size).toBe(LANGUAGES.length)
  })

  it('writes Russian and Chinese in their own words and digits, not English ones', async () => {
    await appIn('ru')
    expect(formatRelative(AT, NOW)).toBe('3 дня назад')
    expect(formatDate('2024-03-12')).toMatch(/мар/)
    await appIn('zh-CN')
    expect(formatDate('2024-03-12')).toBe('2024年3月12日')
    expect(formatRelative(AT, NOW)).toBe('3天前')
    await appIn('en')
    expect(formatRelative(AT, NOW)).toBe('3 days ago')
  })
})
