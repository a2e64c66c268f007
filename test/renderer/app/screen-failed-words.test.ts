import { describe, expect, it } from 'vitest'
import { SCREEN_FAILED_ENGLISH, screenFailedWords } from '@renderer/app/screen-failed-words'
import { setAppTranslator } from '@renderer/components/app-language'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { pseudoCatalogue } from '@shared/i18n/pseudo-locale'

describe('the error boundary’s words', () => {
  it('are English without a translator, word for word what the English catalogue says', () => {
    expect(screenFailedWords()).toEqual(SCREEN_FAILED_ENGLISH)
    expect(CATALOGUES.en.common.screenFailed).toEqual(SCREEN_FAILED_ENGLISH)
  })

  it('come from the translator once there is one', async () => {
    setAppTranslator(
      await createTranslator({
        language: 'en',
        namespaces: ['common'],
        load: (_code, namespace) => pseudoCatalogue(CATALOGUES.en[namespace])
      })
    )
    expect(screenFailedWords().reload).toBe(pseudoCatalogue(CATALOGUES.en.common).screenFailed!['reload' as never])
    expect(screenFailedWords().reload).not.toBe('Reload')
  })
})
