import { describe, expect, it } from 'vitest'
import { createTranslator } from '@shared/i18n/create-translator'

const catalogues = {
  en: { common: { hello: 'Hello {{name}}', phones_one: '{{count}} phone', phones_other: '{{count}} phones', onlyEnglish: 'Only English' } },
  ru: {
    common: {
      hello: 'Привет, {{name}}',
      phones_one: '{{count}} телефон',
      phones_few: '{{count}} телефона',
      phones_many: '{{count}} телефонов',
      phones_other: '{{count}} телефона'
    }
  }
} as const

const load = (language: string, namespace: string) => {
  const byLanguage = catalogues[language as keyof typeof catalogues] as Record<string, Record<string, string>> | undefined
  return byLanguage?.[namespace] ?? {}
}

describe('createTranslator', () => {
  it("translates with the language's own plural rules", async () => {
    const i18n = await createTranslator({ language: 'ru', namespaces: ['common'], load })
    expect(i18n.t('phones', { count: 1 })).toBe('1 телефон')
    expect(i18n.t('phones', { count: 3 })).toBe('3 телефона')
    expect(i18n.t('phones', { count: 5 })).toBe('5 телефонов')
    expect(i18n.t('hello', { name: 'Аня' })).toBe('Привет, Аня')
  })

  it('falls back to English for a key the language lacks', async () => {
    const i18n = await createTranslator({ language: 'ru', namespaces: ['common'], load })
    expect(i18n.t('onlyEnglish')).toBe('Only English')
  })

  it('escapes interpolated values only when asked (HTML built as text)', async () => {
    const plain = await createTranslator({ language: 'en', namespaces: ['common'], load })
    const escaping = await createTranslator({ language: 'en', namespaces: ['common'], load, escapeValues: true })
    expect(plain.t('hello', { name: '<b>' })).toBe('Hello <b>')
    expect(escaping.t('hello', { name: '<b>' })).toBe('Hello &lt;b&gt;')
  })

  it('switches language in place', async () => {
    const i18n = await createTranslator({ language: 'en', namespaces: ['common'], load })
    await i18n.changeLanguage('ru')
    expect(i18n.t('hello', { name: 'Аня' })).toBe('Привет, Аня')
  })
})
