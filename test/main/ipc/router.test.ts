import { describe, expect, it } from 'vitest'
import { createAppRouter } from '@main/ipc/handlers'
import { trustedOrigins, type SenderInfo } from '@main/ipc/router'
import { createServices } from '@main/services/create-services'
import { createTestPorts } from '@harness/ports/test-ports'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { NICKNAME_MAX } from '@shared/device-model'
import { snapshotFolder, tempDir } from '../../support/temp-dir'

const ORIGIN = 'app://handover'
const own: SenderInfo = { url: `${ORIGIN}/index.html`, isMainFrame: true }

async function setup() {
  const dataDir = tempDir()
  const services = await createServices(dataDir, 'test', createTestPorts())
  const router = createAppRouter(services, trustedOrigins([ORIGIN]))
  const created = await router.handle(own, 'devices:create', madeUpPhone())
  expect(created.ok).toBe(true)
  return { dataDir, router }
}

describe('IPC router', () => {
  it('serves every channel of the contract', async () => {
    const { router } = await setup()
    expect(router.channels).toContain('devices:create')
    expect(router.channels).toContain('household:load')
    expect(router.channels.every((c) => /^[a-z]+:[a-zA-Z]+$/.test(c))).toBe(true)
  })

  it('answers a payload that fails the schema with a typed error on every channel, changing nothing', async () => {
    const { dataDir, router } = await setup()
    const before = snapshotFolder(dataDir)
    for (const channel of router.channels) {
      for (const payload of [42, 'text', [1, 2], { __proto__: { id: 1 } }]) {
        const result = await router.handle(own, channel, payload)
        expect(result, `${channel} with ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      }
    }
    expect(snapshotFolder(dataDir)).toEqual(before)
  })

  it('names the field that failed', async () => {
    const { router } = await setup()
    const result = await router.handle(own, 'devices:create', madeUpPhone({ imei1: '490154203237519' }))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', details: [{ path: 'imei1' }] } })
  })

  it('gives each invalid field a message key with its params, and no English as the text to show', async () => {
    const { router } = await setup()
    const result = await router.handle(
      own,
      'devices:create',
      madeUpPhone({ nickname: 'n'.repeat(NICKNAME_MAX + 1), imei1: '490154203237519', purchaseDate: 'May' })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ code: 'invalid-input', key: 'ipc.invalidInput' })
    expect(result.error.details?.map(({ path, key, params }) => ({ path, key, params }))).toEqual([
      { path: 'nickname', key: 'validation.tooLong', params: { maximum: NICKNAME_MAX } },
      { path: 'imei1', key: 'validation.imeiCheckDigit', params: { expected: '8' } },
      { path: 'purchaseDate', key: 'validation.date', params: undefined }
    ])
  })

  it('answers a foreign sender and an unknown channel with their own keys', async () => {
    const { router } = await setup()
    expect(await router.handle({ url: 'https://example.com/', isMainFrame: true }, 'devices:create', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender', key: 'ipc.forbiddenSender' }
    })
    expect(await router.handle(own, 'devices:nothing', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel', key: 'ipc.unknownChannel', params: { channel: 'devices:nothing' } }
    })
  })

  it('refuses messages from a foreign page, a subframe or an unknown sender, on every channel', async () => {
    const { dataDir, router } = await setup()
    const before = snapshotFolder(dataDir)
    const foreign: SenderInfo[] = [
      { url: 'https://evil.example/index.html', isMainFrame: true },
      { url: `${ORIGIN}/index.html`, isMainFrame: false },
      { url: undefined, isMainFrame: true },
      { url: 'app://handover.evil/index.html', isMainFrame: true },
      { url: 'file:///etc/passwd', isMainFrame: true }
    ]
    for (const sender of foreign) {
      for (const channel of router.channels) {
        const result = await router.handle(sender, channel, undefined)
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
      }
    }
    expect(snapshotFolder(dataDir)).toEqual(before)
  })

  it('refuses an unknown channel', async () => {
    const { router } = await setup()
    expect(await router.handle(own, 'fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' }
    })
  })

  it('opens only allow-listed https links', async () => {
    const dataDir = tempDir()
    const ports = createTestPorts()
    const router = createAppRouter(await createServices(dataDir, 'test', ports), trustedOrigins([ORIGIN]))
    expect(await router.handle(own, 'app:openExternal', { url: 'https://account.xiaomi.com/' })).toEqual({ ok: true, data: null })
    for (const url of [
      'http://account.xiaomi.com/',
      'https://account.xiaomi.com.evil.example/',
      'https://user:pw@i.mi.com/',
      'file:///etc/hosts'
    ]) {
      expect((await router.handle(own, 'app:openExternal', { url })).ok).toBe(false)
    }
    expect(ports.openedLinks).toEqual(['https://account.xiaomi.com/'])
  })
})
