import { afterEach, describe, expect, it, vi } from 'vitest'
import { serverVersion, shell, trackDevices } from '@main/services/usb/adb-client'
import type { AdbError } from '@main/services/usb/adb-protocol'
import { MAX_SHELL_OUTPUT_BYTES } from '@main/services/usb/adb-protocol'
import { createTcpAdb } from '@main/services/usb/tcp-adb'
import type { UsbSettings } from '@main/services/usb/adb-path-setting'
import { createSettlingUsbService } from '@harness/usb/settling-usb-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { HostileAdbServer } from '@harness/adb/hostile-adb-server'
import { adbRejection } from '@test/support/adb-rejection'
import { tempDir } from '@test/support/temp-dir'

const servers: HostileAdbServer[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const server of servers.splice(0)) await server.close()
})

async function hostile(behaviour: Parameters<typeof HostileAdbServer.start>[0]) {
  const server = await HostileAdbServer.start(behaviour)
  servers.push(server)
  return server
}

describe('a hostile adb server', () => {
  it('that never stops sending: the read ends as "too long" once it holds a few MiB, and the socket is closed', async () => {
    const server = await hostile('endless-stream')
    let received = 0
    const error = await adbRejection(
      shell({ host: '127.0.0.1', port: server.port }, 'DEMO0001', 'getprop', { onData: (n) => (received = n) })
    )
    expect(error.kind).toBe('too-long')
    expect(MAX_SHELL_OUTPUT_BYTES).toBeLessThanOrEqual(16 * 1024 * 1024)
    expect(received).toBeLessThanOrEqual(MAX_SHELL_OUTPUT_BYTES + 64 * 1024)
  })

  it('that is read through the USB service: the outcome is "unknown: too long", never a parse of partial text', async () => {
    const server = await hostile('endless-stream')
    const usb = createSettlingUsbService({
      adb: {
        ...createTcpAdb({ address: { host: '127.0.0.1', port: server.port } }),
        ensureServer: async () => ({ ok: true, version: 41 }),
        trackDevices: (onList) => (onList([{ serial: 'DEMO0001', state: 'device' }]), { stop: () => {} })
      },
      clock: { now: () => new Date('2026-11-23T10:00:00.000Z') },
      dialogs: createScriptedDialogs(),
      settings: createConfStorage().open<UsbSettings>(tempDir(), 'usb-settings')
    })
    await usb.connect()
    const { jobId } = usb.startRead({ serial: 'DEMO0001', kind: 'properties' })
    expect((await usb.settled(jobId)).outcome).toEqual({ state: 'unknown', reason: 'too-long' })
    usb.stop()
  })

  it('that accepts and stays silent: every host query times out, and a later connect is not stuck behind the first', async () => {
    const server = await hostile('silent')
    const address = { host: '127.0.0.1', port: server.port, replyTimeoutMs: 200 }
    expect((await adbRejection(serverVersion(address))).kind).toBe('timeout')
    expect((await adbRejection(shell(address, 'DEMO0001', 'getprop'))).kind).toBe('timeout')
    const ended = await new Promise<AdbError>((resolve) => trackDevices(address, () => {}, resolve))
    expect(ended.kind).toBe('timeout')

    const usb = createSettlingUsbService({
      adb: createTcpAdb({ address }),
      clock: { now: () => new Date('2026-11-23T10:00:00.000Z') },
      dialogs: createScriptedDialogs(),
      settings: createConfStorage().open<UsbSettings>(tempDir(), 'usb-settings')
    })
    expect((await usb.connect()).connection.kind).toBe('server-down')
    expect((await usb.connect()).connection.kind).toBe('server-down')
  })

  it('that floods tiny frames: each byte received is copied a bounded number of times, not once per frame', async () => {
    const frames = 10_000
    const server = await hostile({ floodFrames: frames })
    const concat = vi.spyOn(Buffer, 'concat')
    let lists = 0
    await new Promise<void>((resolve) => {
      const tracker = trackDevices(
        { host: '127.0.0.1', port: server.port },
        () => {
          lists += 1
          if (lists === frames) {
            tracker.stop()
            resolve()
          }
        },
        () => resolve()
      )
    })
    expect(lists).toBe(frames)
    const copied = concat.mock.results.reduce((sum, result) => sum + (result.value as Buffer).length, 0)
    expect(copied).toBeLessThan(4 * frames * 4)
  })
})
