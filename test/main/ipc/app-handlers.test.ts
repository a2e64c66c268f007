import { describe, expect, it } from 'vitest'
import { createAppRouter } from '@main/ipc/handlers'
import { trustedOrigins, type SenderInfo } from '@main/ipc/router'
import { createServices } from '@main/services/create-services'
import { listedSystemLanguages } from '@harness/ports/listed-system-languages'
import { createTestPorts } from '@harness/ports/test-ports'
import { snapshotFolder, tempDir } from '../../support/temp-dir'

const ORIGIN = 'app://handover'
const own: SenderInfo = { url: `${ORIGIN}/index.html`, isMainFrame: true }

async function setup() {
  const dataDir = tempDir()
  const services = await createServices(dataDir, 'test', createTestPorts({ systemLanguages: listedSystemLanguages(['id-ID']) }))
  return { dataDir, services, router: createAppRouter(services, trustedOrigins([ORIGIN])) }
}

describe('app:setLanguage', () => {
  it('switches the main process at once, remembers the choice and reports it in app:info', async () => {
    const { services, router } = await setup()
    expect(await router.handle(own, 'app:info', undefined)).toMatchObject({
      ok: true,
      data: { language: { chosen: 'system', effective: 'id', system: ['id-ID'] } }
    })
    const heard: string[] = []
    services.language.onChange((language) => heard.push(language))

    expect(await router.handle(own, 'app:setLanguage', { language: 'zh-CN' })).toEqual({
      ok: true,
      data: { chosen: 'zh-CN', effective: 'zh-CN', system: ['id-ID'] }
    })
    expect(services.language.language).toBe('zh-CN')
    expect(heard).toEqual(['zh-CN'])
    expect(await router.handle(own, 'app:info', undefined)).toMatchObject({
      ok: true,
      data: { language: { chosen: 'zh-CN', effective: 'zh-CN' } }
    })
  })

  it('refuses a language it does not speak with a clear message, changing nothing', async () => {
    const { dataDir, services, router } = await setup()
    await router.handle(own, 'app:setLanguage', { language: 'ru' })
    const before = snapshotFolder(dataDir)
    for (const language of ['fr', 'zh', 'EN', '', null, 7, { code: 'en' }]) {
      const result = await router.handle(own, 'app:setLanguage', { language })
      expect(result, JSON.stringify(language)).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          details: [{ path: 'language', message: 'Choose one of Handover’s languages, or the computer’s language.' }]
        }
      })
    }
    expect(services.language.language).toBe('ru')
    expect(snapshotFolder(dataDir)).toEqual(before)
  })

  it('refuses a call from another page', async () => {
    const { services, router } = await setup()
    const result = await router.handle({ url: 'https://example.invalid/', isMainFrame: true }, 'app:setLanguage', { language: 'ru' })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(services.language.language).toBe('id')
  })
})
