import { afterEach, describe, expect, it } from 'vitest'
import { addressFromEnv, createTcpAdb } from '@main/services/usb/tcp-adb'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'
import { freePort } from '@harness/net/free-port'

const started: FakeAdbServer[] = []
afterEach(async () => {
  for (const fake of started.splice(0)) await fake.close()
})

describe('createTcpAdb.ensureServer', () => {
  it('answers with the version when a server already listens, without looking for adb', async () => {
    const fake = await FakeAdbServer.start()
    started.push(fake)
    const adb = createTcpAdb({
      address: { host: '127.0.0.1', port: fake.port },
      launchFromHome: '/home/ann',
      locate: () => {
        throw new Error('should not look')
      }
    })
    expect(await adb.ensureServer('')).toEqual({ ok: true, version: 41 })
  })

  it('finds adb (configured path first) and starts the server on the same port', async () => {
    const port = await freePort()
    const calls: string[] = []
    const adb = createTcpAdb({
      address: { host: '127.0.0.1', port },
      launchFromHome: '/home/ann',
      locate: (configured) => ({ found: configured || null, searched: [configured] }),
      start: async (path, p) => {
        calls.push(`${path} -P ${p} start-server`)
        started.push(await FakeAdbServer.start(p))
      }
    })
    expect(await adb.ensureServer('/opt/adb')).toEqual({ ok: true, version: 41 })
    expect(calls).toEqual([`/opt/adb -P ${port} start-server`])
  })

  it('says where it looked when adb is nowhere, and passes on adb failing to start', async () => {
    const port = await freePort()
    const missing = createTcpAdb({
      address: { host: '127.0.0.1', port },
      launchFromHome: '/h',
      locate: () => ({ found: null, searched: ['/a/adb', '/b/adb'] })
    })
    expect(await missing.ensureServer('')).toEqual({ ok: false, problem: 'adb-missing', searched: ['/a/adb', '/b/adb'] })
    const broken = createTcpAdb({
      address: { host: '127.0.0.1', port },
      launchFromHome: '/h',
      locate: () => ({ found: '/a/adb', searched: ['/a/adb'] }),
      start: () => Promise.reject(new Error('could not install *smartsocket* listener'))
    })
    expect(await broken.ensureServer('')).toEqual({
      ok: false,
      problem: 'server-down',
      message: 'could not install *smartsocket* listener'
    })
  })

  it('never starts a server when not allowed to (tests, e2e)', async () => {
    const port = await freePort()
    const adb = createTcpAdb({
      address: { host: '127.0.0.1', port },
      locate: () => {
        throw new Error('should not look')
      }
    })
    expect(await adb.ensureServer('')).toMatchObject({ ok: false, problem: 'server-down' })
  })
})

describe('addressFromEnv', () => {
  it('uses ANDROID_ADB_SERVER_PORT like adb does, else 5037', () => {
    expect(addressFromEnv({ ANDROID_ADB_SERVER_PORT: '5038' })).toEqual({ host: '127.0.0.1', port: 5038 })
    expect(addressFromEnv({ ANDROID_ADB_SERVER_PORT: 'npm' })).toEqual({ host: '127.0.0.1', port: 5037 })
    expect(addressFromEnv({})).toEqual({ host: '127.0.0.1', port: 5037 })
  })
})
