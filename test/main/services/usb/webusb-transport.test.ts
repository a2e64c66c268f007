import { afterEach, describe, expect, it, vi } from 'vitest'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { createAppAdbKey } from '@main/services/usb/credential-store'
import { createDaemonAdb, type DaemonAdb } from '@main/services/usb/tango-transport'
import type { UsbSettings } from '@main/services/usb/adb-path-setting'
import { createSettlingUsbService, type SettlingUsbService } from '@harness/usb/settling-usb-service'
import { usbProblemOf, webUsbDeviceSource } from '@main/services/usb/webusb-transport'
import type { AdbDeviceEntry } from '@shared/usb/device-list'
import { adbReplies } from '@harness/adb/adb-fixtures'
import { FakeAdbDevice } from '@harness/adb/fake-adb-device'
import { ADB_INTERFACE, FakeUsbDevice, FakeWebUsb, type FakeUsbDeviceOptions } from '@harness/adb/fake-webusb'
import { tempDir } from '@test/support/temp-dir'

const XIAOMI = 0x2717
const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') }
const cleanups: Array<() => unknown> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A Xiaomi phone in "File transfer + USB debugging" mode: MTP on interface 0, ADB on interface 1. */
function phone(serialNumber: string, extra: Partial<FakeUsbDeviceOptions> = {}): FakeUsbDevice {
  return new FakeUsbDevice({
    vendorId: XIAOMI,
    productId: 0xff48,
    serialNumber,
    interfaces: [
      { number: 0, classCode: 0x06, subclassCode: 0x01, protocolCode: 0x01 },
      { number: 1, ...ADB_INTERFACE }
    ],
    ...extra
  })
}

async function setUp(): Promise<{ usb: FakeWebUsb; daemon: DaemonAdb; service: SettlingUsbService }> {
  const usb = new FakeWebUsb()
  const dir = tempDir('handover-webusb-')
  const storage = createConfStorage()
  const key = createAppAdbKey({ storage, vault: createPlaintextVault(), clock }, dir)
  const daemon = createDaemonAdb({ source: webUsbDeviceSource(usb.asUsb()), credentials: key, retryMs: 60_000 })
  const service = createSettlingUsbService({
    adb: daemon,
    clock,
    dialogs: createScriptedDialogs(),
    settings: storage.open<UsbSettings>(dir, 'usb-settings'),
    unplugGraceMs: 200
  })
  cleanups.push(() => service.stop())
  return { usb, daemon, service }
}

async function adbd(): Promise<FakeAdbDevice> {
  const device = await FakeAdbDevice.start({ replies: adbReplies('hyperos2-tablet') })
  cleanups.push(() => device.close())
  return device
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(check()).toBe(true)
}

const devicesOf = (service: SettlingUsbService): AdbDeviceEntry[] => {
  const connection = service.status().connection
  return connection.kind === 'one' ? [connection.device] : connection.kind === 'several' ? connection.devices : []
}

describe('direct USB through WebUSB (fake WebUSB, fake adbd behind it)', () => {
  it('lists only devices with an ADB interface and claims that interface', async () => {
    const { usb, service } = await setUp()
    const keyboard = new FakeUsbDevice({
      vendorId: 0x046d,
      productId: 0xc31c,
      serialNumber: 'KBD1',
      interfaces: [{ number: 0, classCode: 0x03, subclassCode: 1, protocolCode: 1 }]
    })
    const tablet = phone('DEMOUSB0001', { adbd: await adbd() })
    usb.plug(keyboard)
    usb.plug(tablet)
    await service.connect()
    await until(() => devicesOf(service)[0]?.state === 'device')
    expect(devicesOf(service)).toEqual([{ serial: 'DEMOUSB0001', state: 'device' }])
    expect(tablet.claims).toEqual([1])
    expect(keyboard.opened).toBe(false)
  })

  it('reads the phone over USB: getprop with the end marker', async () => {
    const { usb, service } = await setUp()
    usb.plug(phone('DEMOUSB0002', { adbd: await adbd() }))
    await service.connect()
    await until(() => devicesOf(service)[0]?.state === 'device')
    const { jobId } = service.startRead({ serial: 'DEMOUSB0002', kind: 'properties' })
    expect((await service.settled(jobId)).outcome).toMatchObject({ state: 'read', properties: { modelNumber: '24018RPACG' } })
  })

  it('a phone held by another program is "busy" (as Chrome and as the OS word it)', async () => {
    const { usb, daemon, service } = await setUp()
    usb.plug(phone('DEMOUSB0003', { claimFailure: 'busy' }))
    await service.connect()
    await until(() => daemon.problem() !== null)
    expect(daemon.problem()).toBe('busy')
    expect(devicesOf(service)).toEqual([{ serial: 'DEMOUSB0003', state: 'other' }])
    expect(usbProblemOf(new Error('claimInterface error: Device or resource busy (os error 16)'))).toBe('busy')
  })

  it('a busy phone is tried again without flickering, and opens once the other program lets go', async () => {
    const usb = new FakeWebUsb()
    const key = createAppAdbKey({ storage: createConfStorage(), vault: createPlaintextVault(), clock }, tempDir('handover-webusb-'))
    const daemon = createDaemonAdb({ source: webUsbDeviceSource(usb.asUsb()), credentials: key, retryMs: 30 })
    const tablet = phone('DEMOUSB0007', { claimFailure: 'busy', adbd: await adbd() })
    usb.plug(tablet)
    const states: string[] = []
    const tracker = daemon.trackDevices(
      (list) => states.push(list.map((d) => d.state).join()),
      () => {}
    )
    cleanups.push(() => tracker.stop())
    await until(() => daemon.problem() === 'busy')
    states.length = 0
    await new Promise((r) => setTimeout(r, 200))
    expect(states.every((s) => s === 'other')).toBe(true)
    tablet.release()
    await until(() => states.at(-1) === 'device')
    expect(daemon.problem()).toBeNull()
  })

  it('a device node without permission is "no-permissions" (the Linux udev case)', async () => {
    const { usb, daemon, service } = await setUp()
    usb.plug(phone('DEMOUSB0004', { denyOpen: true }))
    await service.connect()
    await until(() => devicesOf(service)[0]?.state === 'no-permissions')
    expect(daemon.problem()).toBe('no-permissions')
  })

  it('an interface Windows will not hand over (no WinUSB driver) is "claim-failed"', async () => {
    const { usb, daemon, service } = await setUp()
    usb.plug(phone('DEMOUSB0005', { claimFailure: 'no-driver' }))
    await service.connect()
    await until(() => daemon.problem() !== null)
    expect(daemon.problem()).toBe('claim-failed')
  })

  it('a cable pulled mid-read: the read is unknown "disconnected" and the phone leaves the list', async () => {
    const { usb, service } = await setUp()
    const device = await adbd()
    device.setStreaming({ chunkBytes: 128, delayMs: 15 })
    const tablet = phone('DEMOUSB0006', { adbd: device })
    usb.plug(tablet)
    await service.connect()
    await until(() => devicesOf(service)[0]?.state === 'device')
    const { jobId } = service.startRead({ serial: 'DEMOUSB0006', kind: 'accounts' })
    await until(() => service.job(jobId).progress.received > 0)
    usb.unplug(tablet)
    const job = await service.settled(jobId)
    expect(job.outcome).toMatchObject({ census: { state: 'unknown', reason: 'disconnected' }, xiaomi: 'unknown', google: 'unknown' })
    await until(() => service.status().connection.kind === 'none')
  })
})

describe('webUsbDeviceSource', () => {
  it('ends with the cause "usb-list-failed" when the USB devices cannot be listed, and logs why', async () => {
    const usb = new FakeWebUsb()
    usb.getDevices = () => Promise.reject(new Error('LIBUSB_ERROR_IO'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const cause = await new Promise<string>((resolve) => webUsbDeviceSource(usb.asUsb()).watch(() => {}, resolve))
    expect(cause).toBe('usb-list-failed')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('LIBUSB_ERROR_IO'))
    warn.mockRestore()
  })
})
