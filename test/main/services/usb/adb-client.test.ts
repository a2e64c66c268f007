import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serverVersion, shell, trackDevices } from '@main/services/usb/adb-client'
import type { AdbError } from '@main/services/usb/adb-protocol'
import { encodeRequest, type AdbAddress } from '@main/services/usb/adb-protocol'
import type { AdbDeviceEntry } from '@shared/usb/device-list'
import { adbRejection } from '@test/support/adb-rejection'
import { adbFixture } from '@harness/adb/adb-fixtures'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'

let fake: FakeAdbServer
let address: AdbAddress

beforeEach(async () => {
  fake = await FakeAdbServer.start()
  address = { host: '127.0.0.1', port: fake.port }
})
afterEach(async () => {
  await fake.close()
})

/** Collects track-devices updates and lets a test wait for the next one matching a condition. */
function follow() {
  const lists: AdbDeviceEntry[][] = []
  let wake: (() => void) | null = null
  const tracker = trackDevices(
    address,
    (list) => {
      lists.push(list)
      wake?.()
    },
    () => {}
  )
  const until = async (ok: (list: AdbDeviceEntry[]) => boolean) => {
    while (!lists.length || !ok(lists.at(-1)!)) await new Promise<void>((resolve) => (wake = resolve))
    return lists.at(-1)!
  }
  return { tracker, lists, until }
}

describe('adb host protocol client', () => {
  it('frames requests as four hex digits of length and the service', () => {
    expect(encodeRequest('host:version').toString()).toBe('000chost:version')
    expect(encodeRequest('shell:dumpsys account').toString()).toBe('0015shell:dumpsys account')
  })

  it('reads the server version', async () => {
    expect(await serverVersion(address)).toBe(41)
  })

  it('says "unreachable" when no server listens', async () => {
    await fake.close()
    expect((await adbRejection(serverVersion(address))).kind).toBe('unreachable')
  })

  it('follows phones as they are plugged, authorised and unplugged', async () => {
    const { tracker, until } = follow()
    await until((list) => list.length === 0)
    fake.connect({ serial: 'DEMO0001', state: 'unauthorized', replies: {} })
    expect(await until((l) => l.length === 1)).toEqual([{ serial: 'DEMO0001', state: 'unauthorized' }])
    fake.setState('DEMO0001', 'device')
    await until((l) => l[0]?.state === 'device')
    fake.connect({ serial: 'DEMO0002', state: 'offline', replies: {} })
    expect(await until((l) => l.length === 2)).toEqual([
      { serial: 'DEMO0001', state: 'device' },
      { serial: 'DEMO0002', state: 'offline' }
    ])
    fake.disconnect('DEMO0001')
    expect(await until((l) => l.length === 1)).toEqual([{ serial: 'DEMO0002', state: 'offline' }])
    tracker.stop()
  })

  it('tells when the server goes away while tracking', async () => {
    const ended = new Promise<AdbError>((resolve) => trackDevices(address, () => {}, resolve))
    await new Promise((r) => setTimeout(r, 50))
    await fake.close()
    expect((await ended).kind).toBe('closed')
  })

  it('runs a shell command on the chosen phone and returns its whole output', async () => {
    const getprop = adbFixture('miui14-poco', 'getprop')
    fake.connect({ serial: 'DEMO0001', state: 'device', replies: { getprop } })
    fake.connect({ serial: 'DEMO0002', state: 'device', replies: { getprop: 'other phone\n' } })
    const seen: number[] = []
    const output = await shell(address, 'DEMO0001', 'getprop', { onData: (n) => seen.push(n) })
    expect(output.toString('utf8')).toBe(getprop)
    expect(seen.at(-1)).toBe(Buffer.byteLength(getprop))
    expect(fake.requests.slice(-2)).toEqual(['host:transport:DEMO0001', 'shell:getprop'])
  })

  it('passes on the server refusing an unauthorized, offline or absent phone', async () => {
    fake.connect({ serial: 'DEMO0001', state: 'unauthorized', replies: {} })
    fake.connect({ serial: 'DEMO0002', state: 'offline', replies: {} })
    const unauthorized = await adbRejection(shell(address, 'DEMO0001', 'getprop'))
    expect(unauthorized.kind).toBe('refused')
    expect(unauthorized.message).toMatch(/unauthorized/)
    expect((await adbRejection(shell(address, 'DEMO0002', 'getprop'))).message).toBe('device offline')
    expect((await adbRejection(shell(address, 'NOPE', 'getprop'))).message).toMatch(/not found/)
  })

  it('stops reading when cancelled mid-stream', async () => {
    fake.connect({ serial: 'DEMO0001', state: 'device', replies: { getprop: adbFixture('hyperos2-tablet', 'getprop') } })
    fake.setStreaming({ chunkBytes: 200, delayMs: 20 })
    const controller = new AbortController()
    const reading = shell(address, 'DEMO0001', 'getprop', {
      signal: controller.signal,
      onData: (n) => {
        if (n >= 400) controller.abort()
      }
    })
    expect((await adbRejection(reading)).kind).toBe('cancelled')
  })

  it('returns what arrived when the stream is cut (the caller decides it is incomplete)', async () => {
    const getprop = adbFixture('hyperos2-tablet', 'getprop')
    fake.connect({ serial: 'DEMO0001', state: 'device', replies: { getprop } })
    fake.cutNextRead('DEMO0001', { command: 'getprop', afterBytes: 300 })
    const output = await shell(address, 'DEMO0001', 'getprop')
    expect(output.toString('utf8')).toBe(getprop.slice(0, 300))
  })
})

describe('phone-reported serials', () => {
  it.each(['model:demo', 'product:demo', 'device:demo', 'usb:1-1'])(
    'a serial such as “%s” is never sent to host:transport, where it would pick another phone',
    async (serial) => {
      fake.connect({ serial: 'DEMO0001', state: 'device', replies: { getprop: '[ro.product.model]: [demo]\n' } })
      const error = await adbRejection(shell(address, serial, 'getprop'))
      expect(error.kind).toBe('refused')
      expect(fake.requests.filter((r) => r.startsWith('host:transport'))).toEqual([])
    }
  )
})
