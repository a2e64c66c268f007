/// <reference types="w3c-web-usb" />
import { connect, type Socket } from 'node:net'
import type { FakeAdbDevice } from './fake-adb-device'

/** A USB interface the fake device exposes: class, subclass and protocol (0xFF/0x42/0x01 is ADB). */
export interface FakeUsbInterface {
  number: number
  classCode: number
  subclassCode: number
  protocolCode: number
}

/** The ADB interface every Android phone with USB debugging on exposes. */
export const ADB_INTERFACE = { classCode: 0xff, subclassCode: 0x42, protocolCode: 0x01 } as const

/** What one fake USB device is and how it misbehaves. */
export interface FakeUsbDeviceOptions {
  vendorId: number
  productId: number
  serialNumber: string
  productName?: string
  interfaces: FakeUsbInterface[]
  /** The adbd behind the ADB interface (bytes are bridged to it over loopback TCP). */
  adbd?: FakeAdbDevice
  /** open() fails like a Linux device node without permission. */
  denyOpen?: boolean
  /** claimInterface() fails: 'busy' as Chrome reports it (NetworkError), 'busy-os' as the OS words it, 'no-driver' as Windows without WinUSB. */
  claimFailure?: 'busy' | 'busy-os' | 'no-driver'
}

const IN_ENDPOINT = 1
const OUT_ENDPOINT = 2
const PACKET_SIZE = 512

function namedError(name: string, message: string): Error {
  const error = new Error(message)
  error.name = name
  return error
}

/**
 * A fake WebUSB device: the descriptors WebUSB shows, open / claim with the failures the OS can give, and bulk
 * transfers bridged to a fake adbd so the ADB packets (24-byte header, then payload) travel as on a real cable.
 */
export class FakeUsbDevice {
  readonly vendorId: number
  readonly productId: number
  readonly serialNumber: string
  readonly productName: string
  readonly manufacturerName = 'Demo'
  opened = false
  /** Interface numbers claimed, in order. */
  readonly claims: number[] = []
  readonly configuration: USBConfiguration
  readonly configurations: USBConfiguration[]
  private socket: Socket | null = null
  private readonly units: Uint8Array[] = []
  private pending: { resolve: (unit: Uint8Array) => void; reject: (error: Error) => void } | null = null
  private buffer = Buffer.alloc(0)
  private gone = false

  constructor(private readonly options: FakeUsbDeviceOptions) {
    this.options = { ...options }
    this.vendorId = options.vendorId
    this.productId = options.productId
    this.serialNumber = options.serialNumber
    this.productName = options.productName ?? 'Demo phone'
    const interfaces = options.interfaces.map((spec): USBInterface => {
      const endpoints: USBEndpoint[] = [
        { endpointNumber: IN_ENDPOINT, direction: 'in', type: 'bulk', packetSize: PACKET_SIZE },
        { endpointNumber: OUT_ENDPOINT, direction: 'out', type: 'bulk', packetSize: PACKET_SIZE }
      ]
      const alternate: USBAlternateInterface = {
        alternateSetting: 0,
        interfaceClass: spec.classCode,
        interfaceSubclass: spec.subclassCode,
        interfaceProtocol: spec.protocolCode,
        interfaceName: null,
        endpoints
      }
      return { interfaceNumber: spec.number, alternate, alternates: [alternate], claimed: false }
    })
    this.configuration = { configurationValue: 1, configurationName: null, interfaces }
    this.configurations = [this.configuration]
  }

  async open(): Promise<void> {
    if (this.gone) throw namedError('NotFoundError', 'The device was disconnected.')
    if (this.options.denyOpen) throw namedError('SecurityError', 'open error: Permission denied (os error 13)')
    this.opened = true
  }

  async close(): Promise<void> {
    this.opened = false
    this.socket?.destroy()
    this.socket = null
  }

  async selectConfiguration(): Promise<void> {}

  async selectAlternateInterface(): Promise<void> {}

  async claimInterface(number: number): Promise<void> {
    const failure = this.options.claimFailure
    if (failure === 'busy') throw namedError('NetworkError', 'Unable to claim interface.')
    if (failure === 'busy-os') throw new Error('claimInterface error: Device or resource busy (os error 16)')
    if (failure === 'no-driver') throw new Error('claimInterface error: Operation not supported or unimplemented on this platform')
    this.claims.push(number)
    const claimed = this.configuration.interfaces.find((i) => i.interfaceNumber === number)
    if (claimed) (claimed as { claimed: boolean }).claimed = true
    if (this.options.adbd) await this.bridge(this.options.adbd.port)
  }

  async releaseInterface(): Promise<void> {}

  async transferOut(endpoint: number, data: ArrayBufferView | ArrayBuffer): Promise<USBOutTransferResult> {
    if (this.gone || !this.socket) throw new Error('transferOut error: the device is gone')
    const bytes = ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data)
    if (endpoint !== OUT_ENDPOINT) throw new Error('wrong endpoint')
    this.socket.write(Buffer.from(bytes))
    return { bytesWritten: bytes.length, status: 'ok' }
  }

  async transferIn(endpoint: number, length: number): Promise<USBInTransferResult> {
    if (endpoint !== IN_ENDPOINT) throw new Error('wrong endpoint')
    const unit = this.units.shift() ?? (await this.nextUnit())
    if (unit.length > length) throw new Error('babble: unit longer than the transfer')
    const copy = new Uint8Array(unit)
    return { data: new DataView(copy.buffer), status: 'ok' }
  }

  /** The other program lets go of the phone: claiming works from now on. */
  release(): void {
    this.options.claimFailure = undefined
  }

  /** The cable is pulled: pending and later transfers fail. */
  unplug(): void {
    this.gone = true
    this.socket?.destroy()
    this.pending?.reject(new Error('transferIn error: LIBUSB_ERROR_NO_DEVICE'))
    this.pending = null
  }

  private nextUnit(): Promise<Uint8Array> {
    if (this.gone) return Promise.reject(new Error('transferIn error: LIBUSB_ERROR_NO_DEVICE'))
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject }
    })
  }

  private push(unit: Uint8Array): void {
    const pending = this.pending
    this.pending = null
    if (pending) pending.resolve(unit)
    else this.units.push(unit)
  }

  /** Connects the ADB interface to the fake adbd; its packets come back as header and payload transfers. */
  private bridge(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port })
      socket.once('error', reject)
      socket.on('data', (chunk: Buffer) => {
        this.buffer = Buffer.concat([this.buffer, chunk])
        while (this.buffer.length >= 24) {
          const length = this.buffer.readUInt32LE(12)
          if (this.buffer.length < 24 + length) return
          this.push(this.buffer.subarray(0, 24))
          if (length) this.push(this.buffer.subarray(24, 24 + length))
          this.buffer = this.buffer.subarray(24 + length)
        }
      })
      socket.once('connect', () => {
        this.socket = socket
        resolve()
      })
    })
  }
}

/** A fake WebUSB (`navigator.usb` / the `usb` package's WebUSB): a list of devices, plug and unplug with events. */
export class FakeWebUsb extends EventTarget {
  private readonly devices = new Set<FakeUsbDevice>()

  async getDevices(): Promise<USBDevice[]> {
    return [...this.devices] as unknown as USBDevice[]
  }

  async requestDevice(): Promise<USBDevice> {
    throw namedError('NotFoundError', 'No device selected.')
  }

  /** Plugs a device in and fires "connect". */
  plug(device: FakeUsbDevice): void {
    this.devices.add(device)
    this.dispatchEvent(Object.assign(new Event('connect'), { device }))
  }

  /** Pulls a device out: its transfers fail and "disconnect" fires. */
  unplug(device: FakeUsbDevice): void {
    this.devices.delete(device)
    device.unplug()
    this.dispatchEvent(Object.assign(new Event('disconnect'), { device }))
  }

  /** As the `USB` type that Tango's WebUSB manager takes. */
  asUsb(): USB {
    return this as unknown as USB
  }
}
