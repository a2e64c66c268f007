import { describe, expect, it, vi } from 'vitest'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createCurrentLanguage } from '@main/services/language/current-language'

describe('createCurrentLanguage', () => {
  it('translates from the bundled catalogues and tells listeners of a switch', async () => {
    const current = await createCurrentLanguage('en')
    const app = CATALOGUES.en.common.app as Record<string, string>
    expect(current.t('app.name')).toBe(app.name)
    expect(current.t('common:app.loading')).toBe(app.loading)
    const listener = vi.fn()
    const unsubscribe = current.onChange(listener)
    await current.set('ru')
    expect(current.language).toBe('ru')
    expect(listener).toHaveBeenCalledWith('ru')
    unsubscribe()
    await current.set('en')
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
