import { createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
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
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await broken.ensureServer('')).toEqual({ ok: false, problem: 'server-down', cause: 'did-not-start' })
    // adb's own words go to the log only
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not install *smartsocket* listener'))
    warn.mockRestore()
  })

  it('never starts a server when not allowed to (tests, e2e)', async () => {
    const port = await freePort()
    const adb = createTcpAdb({
      address: { host: '127.0.0.1', port },
      locate: () => {
        throw new Error('should not look')
      }
    })
    vi.spyOn(console, 'warn').mockImplementationOnce(() => {})
    expect(await adb.ensureServer('')).toEqual({ ok: false, problem: 'server-down', cause: 'refused' })
  })
})

/** A loopback server that answers every connection with `answer` (nothing at all, garbage, or hanging up). */
async function rawServer(answer: (socket: Socket) => void): Promise<{ port: number; server: Server }> {
  const server = createServer(answer)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as { port: number }).port, server }
}

describe('createTcpAdb: why the server is down', () => {
  it('names the cause (nothing answering in time, hanging up, not speaking adb) and logs the raw words only', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const silent = await rawServer(() => {})
    const hangsUp = await rawServer((socket) => socket.destroy())
    const garbage = await rawServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'))
    const causeAt = async (port: number) => {
      const status = await createTcpAdb({ address: { host: '127.0.0.1', port, replyTimeoutMs: 200 } }).ensureServer('')
      return status.ok ? null : status.problem === 'server-down' ? status.cause : status.problem
    }
    try {
      expect(await causeAt(silent.port)).toBe('timeout')
      expect(await causeAt(hangsUp.port)).toBe('closed')
      expect(await causeAt(garbage.port)).toBe('protocol')
      expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
        expect.stringMatching(/^\[handover\] adb server: timeout \(/),
        expect.stringMatching(/^\[handover\] adb server: closed \(/),
        expect.stringMatching(/^\[handover\] adb server: protocol \(/)
      ])
    } finally {
      warn.mockRestore()
      for (const { server } of [silent, hangsUp, garbage]) server.close()
    }
  })
})

describe('addressFromEnv', () => {
  it('uses ANDROID_ADB_SERVER_PORT like adb does, else 5037', () => {
    expect(addressFromEnv({ ANDROID_ADB_SERVER_PORT: '5038' })).toEqual({ host: '127.0.0.1', port: 5038 })
    expect(addressFromEnv({ ANDROID_ADB_SERVER_PORT: 'npm' })).toEqual({ host: '127.0.0.1', port: 5037 })
    expect(addressFromEnv({})).toEqual({ host: '127.0.0.1', port: 5037 })
  })
})
