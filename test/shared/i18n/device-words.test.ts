import { describe, expect, it } from 'vitest'
import { brandWords, osFamilyWords } from '@shared/i18n/device-words'
import { createCurrentLanguage } from '@main/services/language/current-language'
import { catalogueText } from '@harness/data/catalogue-text'

describe('the words for a phone’s brand and operating system', () => {
  it('say "other" in the reader’s language and keep the makers’ names', async () => {
    const { t } = await createCurrentLanguage('ru')
    expect(brandWords(t, 'other')).toBe(catalogueText('ru', 'common', 'form.brandOther'))
    expect(osFamilyWords(t, 'other Android')).toBe(catalogueText('ru', 'offboarding', 'variants.other'))
    expect(['Xiaomi', 'POCO'].map((brand) => brandWords(t, brand))).toEqual(['Xiaomi', 'POCO'])
    expect(['HyperOS', 'MIUI', ''].map((family) => osFamilyWords(t, family))).toEqual(['HyperOS', 'MIUI', ''])
  })
})
