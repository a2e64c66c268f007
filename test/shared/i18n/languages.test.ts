import { describe, expect, it } from 'vitest'
import { isLanguageCode, matchLanguage } from '@shared/i18n/languages'

describe('matchLanguage', () => {
  it.each([
    [['zh-Hans-CN', 'en-US'], 'zh-CN'],
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['hi-IN'], 'hi'],
    [['id-ID'], 'id'],
    [['es-419', 'en'], 'es'],
    [['ru-RU'], 'ru'],
    [['de-DE', 'ru'], 'ru'],
    [['en-GB'], 'en']
  ])('picks the first spoken language of %j', (preferred, expected) => {
    expect(matchLanguage(preferred)).toBe(expected)
  })

  it('passes over Traditional Chinese, which has no catalogue, to the next preference', () => {
    expect(matchLanguage(['zh-TW', 'es-MX'])).toBe('es')
    expect(matchLanguage(['zh-Hant'])).toBe('en')
  })

  it('falls back to English for an empty list or tags that do not parse', () => {
    expect(matchLanguage([])).toBe('en')
    expect(matchLanguage(['', 'not a tag!!'])).toBe('en')
  })
})

describe('isLanguageCode', () => {
  it('accepts only exact codes', () => {
    expect(isLanguageCode('pt-BR')).toBe(true)
    expect(isLanguageCode('pt')).toBe(false)
    expect(isLanguageCode(7)).toBe(false)
  })
})
