import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '@main/services/create-services'
import { effectiveLanguage } from '@main/services/language/language-preference'
import { listedSystemLanguages } from '@harness/ports/listed-system-languages'
import { createTestPorts } from '@harness/ports/test-ports'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { tempDir } from '@test/support/temp-dir'

const start = (dataDir: string, system: string[]) =>
  createServices(dataDir, 'test', createTestPorts({ systemLanguages: listedSystemLanguages(system) }))

describe('the language preference', () => {
  it('follows the computer until the user chooses, then remembers the choice across a restart', async () => {
    const dataDir = tempDir()
    const first = await start(dataDir, ['ru-RU', 'en-US'])
    expect(first.languagePreference.info()).toEqual({ chosen: 'system', effective: 'ru', system: ['ru-RU', 'en-US'] })
    expect(first.language.language).toBe('ru')

    expect(await first.languagePreference.choose('hi')).toEqual({ chosen: 'hi', effective: 'hi', system: ['ru-RU', 'en-US'] })
    expect(first.language.language).toBe('hi')

    const again = await start(dataDir, ['ru-RU'])
    expect(again.languagePreference.chosen()).toBe('hi')
    expect(again.language.language).toBe('hi')

    await again.languagePreference.choose('system')
    expect(again.language.language).toBe('ru')
    expect((await start(dataDir, ['es-MX'])).language.language).toBe('es')
  })

  it('reads a corrupt or unknown saved value as the computer’s language and loses nothing else', async () => {
    for (const corrupt of ['{not json', JSON.stringify({ schemaVersion: 1, language: 'tlh' }), JSON.stringify(['zh-CN'])]) {
      const dataDir = tempDir()
      const before = await start(dataDir, ['en-US'])
      const phone = await before.household.create(madeUpPhone())
      writeFileSync(join(dataDir, 'language.json'), corrupt)

      const after = await start(dataDir, ['zh-Hans-CN'])
      expect(after.languagePreference.info(), corrupt).toMatchObject({ chosen: 'system', effective: 'zh-CN' })
      expect(after.household.get(phone.id)?.nickname).toBe(madeUpPhone().nickname)
      expect(readFileSync(join(dataDir, 'language.json'), 'utf8')).toBe(corrupt)

      await after.languagePreference.choose('id')
      expect((await start(dataDir, ['en-US'])).languagePreference.chosen()).toBe('id')
    }
  })

  it('matches the computer’s languages: the first one Handover speaks, else English', () => {
    expect(effectiveLanguage('system', ['fr-FR', 'pt-PT', 'en-GB'])).toBe('pt-BR')
    expect(effectiveLanguage('system', ['zh-TW', 'hi-IN'])).toBe('hi')
    expect(effectiveLanguage('system', ['fr-FR'])).toBe('en')
    expect(effectiveLanguage('system', [])).toBe('en')
    expect(effectiveLanguage('ru', ['zh-CN'])).toBe('ru')
  })
})
