import { afterEach, describe, expect, it } from 'vitest'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { createUsbForHousehold, type HouseholdUsb } from '@main/services/usb/create-usb'
import { createOfflineAdb } from '@harness/ports/offline-adb'
import { createTcpAdb } from '@main/services/usb/tcp-adb'
import { tcpDeviceSource } from '@main/services/usb/tcp-daemon-device'
import { adbReplies } from '@harness/adb/adb-fixtures'
import { FakeAdbDevice } from '@harness/adb/fake-adb-device'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { tempDir } from '@test/support/temp-dir'

const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') }
const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function household(adb: ReturnType<typeof createOfflineAdb>, device: FakeAdbDevice | null): Promise<HouseholdUsb> {
  const usb = createUsbForHousehold({
    dataDir: tempDir('handover-choice-'),
    adb,
    directUsb: device ? tcpDeviceSource([{ host: '127.0.0.1', port: device.port }]) : null,
    storage: createConfStorage(),
    vault: createPlaintextVault(),
    clock,
    runs: {
      get: () => null,
      confirmStepByUsb: () => Promise.reject(new Error('no run')),
      journalUsbCheck: () => Promise.reject(new Error('no run'))
    },
    dialogs: createScriptedDialogs(),
    events: { emit: () => undefined },
    recordSerial: () => '',
    platform: 'linux'
  })
  cleanups.push(() => usb.stop())
  return usb
}

async function device(): Promise<FakeAdbDevice> {
  const fake = await FakeAdbDevice.start({ replies: adbReplies('miui14-poco') })
  cleanups.push(() => fake.close())
  return fake
}

describe('choosing the transport', () => {
  it('uses the adb server when one answers, and leaves the phone alone', async () => {
    const server = await FakeAdbServer.start()
    cleanups.push(() => server.close())
    server.connect({ serial: 'DEMO0100', state: 'device', replies: adbReplies('miui14-poco') })
    const direct = await device()
    const usb = await household(createTcpAdb({ address: { host: '127.0.0.1', port: server.port } }), direct)
    const view = await usb.connect()
    expect(view.transport).toEqual({ kind: 'adb-server', problem: null, platform: 'linux' })
    expect(view.connection).toEqual({ kind: 'one', device: { serial: 'DEMO0100', state: 'device' } })
    expect(direct.prompted).toEqual([])
  })

  it('talks to the phone directly when no server answers, and says so', async () => {
    const direct = await device()
    const usb = await household(createOfflineAdb(), direct)
    const view = await usb.connect()
    expect(view.transport?.kind).toBe('direct-usb')
    for (let i = 0; i < 200 && JSON.stringify(usb.status().connection).indexOf('"device"}') < 0; i++)
      await new Promise((r) => setTimeout(r, 10))
    expect(usb.status().connection).toEqual({ kind: 'one', device: { serial: direct.serial, state: 'device' } })
    expect(direct.prompted).toEqual([(await usb.keyFingerprint()).fingerprint])
  })

  it('forgetting the key makes a new one that the phone must allow again', async () => {
    const direct = await device()
    const usb = await household(createOfflineAdb(), direct)
    await usb.connect()
    const before = (await usb.keyFingerprint()).fingerprint
    direct.revokeKeys()
    const after = (await usb.forgetKey()).fingerprint
    expect(after).not.toBe(before)
    for (let i = 0; i < 200 && direct.prompted.length < 2; i++) await new Promise((r) => setTimeout(r, 10))
    expect(direct.prompted.at(-1)).toBe(after)
  })

  it('without direct USB, the server’s own answer stands (no transport in use)', async () => {
    const usb = await household(createOfflineAdb('timeout'), null)
    const view = await usb.connect()
    expect(view.connection).toEqual({ kind: 'server-down', cause: 'timeout' })
    expect(view.transport).toEqual({ kind: null, problem: null, platform: 'linux' })
  })
})
