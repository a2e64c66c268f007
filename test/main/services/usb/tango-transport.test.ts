import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { createAppAdbKey, type AppAdbKey } from '@main/services/usb/credential-store'
import { createDaemonAdb, type DaemonAdb } from '@main/services/usb/tango-transport'
import { tcpDeviceSource } from '@main/services/usb/tcp-daemon-device'
import type { UsbSettings } from '@main/services/usb/adb-path-setting'
import { createSettlingUsbService, type SettlingUsbService } from '@harness/usb/settling-usb-service'
import type { AccountCheck } from '@shared/usb/account-check'
import type { ReadJobView } from '@shared/usb/usb-job'
import { adbFixture, adbReplies, leaksAccountName } from '@harness/adb/adb-fixtures'
import { FakeAdbDevice, type FakeDeviceOptions } from '@harness/adb/fake-adb-device'
import { tempDir } from '@test/support/temp-dir'

const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') }

let device: FakeAdbDevice
let key: AppAdbKey
let daemon: DaemonAdb
let usb: SettlingUsbService

async function start(options: FakeDeviceOptions, extra: { maxOutputBytes?: number; commandTimeoutMs?: number } = {}): Promise<void> {
  device = await FakeAdbDevice.start(options)
  const dir = tempDir('handover-tango-')
  const storage = createConfStorage()
  key = createAppAdbKey({ storage, vault: createPlaintextVault(), clock }, dir)
  const { commandTimeoutMs, maxOutputBytes } = extra
  daemon = createDaemonAdb({
    source: tcpDeviceSource([{ host: '127.0.0.1', port: device.port }]),
    credentials: key,
    retryMs: 50,
    ...(maxOutputBytes ? { maxOutputBytes } : {})
  })
  usb = createSettlingUsbService({
    adb: daemon,
    clock,
    dialogs: createScriptedDialogs(),
    settings: storage.open<UsbSettings>(dir, 'usb-settings'),
    unplugGraceMs: 200,
    ...(commandTimeoutMs ? { commandTimeoutMs } : {})
  })
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(check()).toBe(true)
}

const stateOf = () => {
  const connection = usb.status().connection
  return connection.kind === 'one' ? connection.device.state : connection.kind
}

async function read(kind: 'properties' | 'accounts'): Promise<ReadJobView> {
  const { jobId } = usb.startRead({ serial: device.serial, kind })
  return usb.settled(jobId)
}

function accounts(job: ReadJobView): AccountCheck {
  if (job.kind !== 'accounts' || !job.outcome) throw new Error('expected a finished account check')
  return job.outcome
}

beforeEach(() => {
  device = undefined as unknown as FakeAdbDevice
})
afterEach(async () => {
  usb?.stop()
  await device?.close()
})

describe('Tango daemon transport over TCP, against the fake device', () => {
  it('authenticates with the app key, whose fingerprint is the one the phone showed', async () => {
    await start({ replies: adbReplies('hyperos2-tablet') })
    await usb.connect()
    await until(() => stateOf() === 'device')
    expect(device.prompted).toEqual([await key.fingerprint()])
  })

  it('reads getprop and dumpsys account with the end marker: the same check as through the adb server', async () => {
    await start({ replies: adbReplies('hyperos2-tablet') })
    await usb.connect()
    await until(() => stateOf() === 'device')
    const properties = await read('properties')
    expect(properties.outcome).toMatchObject({ state: 'read', properties: { modelNumber: '24018RPACG' } })
    const check = accounts(await read('accounts'))
    expect(check.xiaomi).toBe('present')
    expect(leaksAccountName(JSON.stringify(check))).toBe(false)
    expect(device.opened).toEqual([
      'shell:getprop; echo HANDOVER_END_OF_READ',
      'shell:getprop; echo HANDOVER_END_OF_READ',
      'shell:dumpsys account; echo HANDOVER_END_OF_READ'
    ])
    device.setReply('dumpsys account', adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out'))
    expect(accounts(await read('accounts')).xiaomi).toBe('none')
  })

  it('a refused prompt stays "unauthorized": the read is unknown, never clean', async () => {
    await start({ replies: adbReplies('no-accounts-phone'), prompt: 'deny' })
    await usb.connect()
    await until(() => device.prompted.length === 1)
    expect(stateOf()).toBe('unauthorized')
    const check = accounts(await read('accounts'))
    expect(check.census).toEqual({ state: 'unknown', reason: 'unauthorized' })
    expect([check.xiaomi, check.google]).toEqual(['unknown', 'unknown'])
    await expect(daemon.shell(device.serial, 'getprop')).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/unauthorized/)
    })
  })

  it('the owner allowing the prompt later makes the phone ready', async () => {
    await start({ replies: adbReplies('miui14-poco'), prompt: 'wait' })
    await usb.connect()
    await until(() => device.prompted.length === 1)
    expect(stateOf()).toBe('unauthorized')
    device.answerPrompts(true)
    await until(() => stateOf() === 'device')
    expect((await read('properties')).outcome).toMatchObject({ state: 'read' })
  })

  it('cancels a slow read: unknown "cancelled"', async () => {
    await start({ replies: adbReplies('hyperos2-tablet') })
    await usb.connect()
    await until(() => stateOf() === 'device')
    device.setStreaming({ chunkBytes: 64, delayMs: 20 })
    const { jobId } = usb.startRead({ serial: device.serial, kind: 'properties' })
    await until(() => usb.job(jobId).progress.received > 0)
    usb.cancel(jobId)
    expect((await usb.settled(jobId)).outcome).toEqual({ state: 'unknown', reason: 'cancelled' })
  })

  it('a phone that never answers the shell request: cancel ends the read at once', async () => {
    await start({ replies: adbReplies('hyperos2-tablet') })
    await usb.connect()
    await until(() => stateOf() === 'device')
    device.holdOpens(true)
    const { jobId } = usb.startRead({ serial: device.serial, kind: 'properties' })
    await until(() => device.opened.length === 0 && usb.job(jobId).running)
    await new Promise((r) => setTimeout(r, 100))
    usb.cancel(jobId)
    expect((await usb.settled(jobId)).outcome).toEqual({ state: 'unknown', reason: 'cancelled' })
  })

  it('a phone that never answers the shell request times out: unknown "timeout"', async () => {
    await start({ replies: adbReplies('hyperos2-tablet') }, { commandTimeoutMs: 300 })
    await usb.connect()
    await until(() => stateOf() === 'device')
    device.holdOpens(true)
    expect((await read('properties')).outcome).toEqual({ state: 'unknown', reason: 'timeout' })
  })

  it('a cable pulled mid-read is "disconnected", and the phone comes back when plugged in again', async () => {
    await start({ replies: adbReplies('hyperos2-tablet') })
    await usb.connect()
    await until(() => stateOf() === 'device')
    device.cutNextRead({ command: 'getprop', afterBytes: 300 })
    expect((await read('properties')).outcome).toEqual({ state: 'unknown', reason: 'disconnected' })
    await until(() => stateOf() === 'device')
    expect((await read('properties')).outcome).toMatchObject({ state: 'read' })
  })

  it('stops an endless stream at the output cap: unknown, nothing kept', async () => {
    await start({ replies: { getprop: 'x'.repeat(200_000) } }, { maxOutputBytes: 100_000 })
    await usb.connect()
    await until(() => stateOf() === 'device')
    await expect(daemon.shell(device.serial, 'getprop')).rejects.toMatchObject({ kind: 'protocol' })
    expect((await read('properties')).outcome).toEqual({ state: 'unknown', reason: 'adb-error' })
  })
})

describe('Tango daemon transport: the app key', () => {
  it('a key that cannot be read is "key-unavailable", and the phone is never asked', async () => {
    device = await FakeAdbDevice.start({ replies: adbReplies('hyperos2-tablet') })
    const locked = (): Promise<never> => Promise.reject(new Error('locked'))
    const failing = {
      generateKey: locked,
      iterateKeys: async function* () {
        yield await locked()
      }
    }
    daemon = createDaemonAdb({ source: tcpDeviceSource([{ host: '127.0.0.1', port: device.port }]), credentials: failing, retryMs: 60_000 })
    const tracker = daemon.trackDevices(
      () => {},
      () => {}
    )
    try {
      await until(() => daemon.problem() !== null)
      expect(daemon.problem()).toBe('key-unavailable')
      expect(device.prompted).toEqual([])
    } finally {
      tracker.stop()
    }
  })
})
