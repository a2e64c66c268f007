import { describe, expect, it } from 'vitest'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { pseudoCatalogue, pseudoText } from '@shared/i18n/pseudo-locale'

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []

describe('the pseudo language', () => {
  it('accents every letter, brackets the text and keeps placeholders, nesting and markup as they are', () => {
    const text = pseudoText('Saved {{name}} <1>here</1> $t(common:app.name)')
    expect(text).toMatch(/^\[.*\]$/)
    expect(text).toContain('{{name}}')
    expect(text).toContain('<1>')
    expect(text).toContain('</1>')
    expect(text).toContain('$t(common:app.name)')
    expect(text.replace(/\{\{name\}\}|<\/?1>|\$t\([^)]*\)/g, '')).not.toMatch(/[a-zA-Z]/)
  })

  it('makes the English catalogues about 40 % longer, keeping every key', () => {
    let english = 0
    let pseudo = 0
    for (const catalogue of Object.values(CATALOGUES.en)) {
      const converted = pseudoCatalogue(catalogue)
      expect(Object.keys(converted)).toEqual(Object.keys(catalogue))
      english += strings(catalogue).join('').length
      pseudo += strings(converted).join('').length
    }
    expect(pseudo / english).toBeGreaterThan(1.3)
    expect(pseudo / english).toBeLessThan(1.6)
  })
})
