import { describe, expect, it } from 'vitest'
import { defaultPaperSize } from '@shared/certificate/paper-size'

describe('defaultPaperSize', () => {
  it('is Letter where the first region named uses it, in the Americas and the Philippines', () => {
    for (const tag of ['en-US', 'es-MX', 'es-CO', 'es-CL', 'fr-CA', 'en-PH', 'zh-Hans-US'])
      expect(defaultPaperSize([tag]), tag).toBe('Letter')
  })

  it('is A4 in the regions this app is mostly used in', () => {
    for (const tag of ['zh-CN', 'hi-IN', 'id-ID', 'es-ES', 'pt-BR', 'ru-RU', 'en-GB', 'en-IN', 'es-419'])
      expect(defaultPaperSize([tag]), tag).toBe('A4')
  })

  it('follows the first tag that names a region, and A4 when none does or a tag is not valid', () => {
    expect(defaultPaperSize(['es', 'es-MX', 'es-ES'])).toBe('Letter')
    expect(defaultPaperSize(['en', 'zh'])).toBe('A4')
    expect(defaultPaperSize(['not a tag', 'en-CA'])).toBe('Letter')
    expect(defaultPaperSize([])).toBe('A4')
  })
})
