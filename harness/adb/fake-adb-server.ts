import { createServer, type Server, type Socket } from 'node:net'
import { recordedShellOutput } from './recorded-shell'

/** One phone the fake server pretends is plugged in. */
export interface FakePhone {
  serial: string
  /** The adb state word: "device", "unauthorized", "offline", "authorizing", "no permissions (…)", … */
  state: string
  /** Shell command (as sent after "shell:", or one part between ";") → what it prints. */
  replies: Record<string, string>
  model?: string
  product?: string
  device?: string
}

/** A one-shot fault: the next read of `command` on the phone stops after `afterBytes` bytes. */
export interface FakeCut {
  command: string
  afterBytes: number
  /** Also take the phone off the list, like a pulled cable (default true). */
  unplug?: boolean
}

/** How replies are streamed: in chunks, with a pause between them, so progress and cancellation can be seen. */
export interface FakeStreaming {
  chunkBytes: number
  delayMs: number
}

/** The protocol version adb 1.0.41 (platform-tools 29 and later) speaks; a different one makes the client restart the server. */
const FAKE_ADB_VERSION = 41

const FEATURES = 'cmd,stat_v2,ls_v2,fixed_push_mkdir,apex,abb,fixed_push_symlink_timestamp,abb_exec,remount_shell,track_app,sendrecv_v2'

function frame(text: string): Buffer {
  const body = Buffer.from(text, 'utf8')
  return Buffer.concat([Buffer.from(body.length.toString(16).padStart(4, '0'), 'ascii'), body])
}
const okay = (payload?: string) => Buffer.concat([Buffer.from('OKAY'), payload === undefined ? Buffer.alloc(0) : frame(payload)])
const fail = (message: string) => Buffer.concat([Buffer.from('FAIL'), frame(message)])

interface PhoneEntry extends FakePhone {
  transportId: number
  cut?: FakeCut
  shells: Set<Socket>
}

/**
 * A protocol-level fake adb server on 127.0.0.1: speaks the host smart-socket protocol
 * (host:version, host:devices[-l], host:track-devices, host:features, host:transport*, host:tport:*,
 * then shell:) and serves recorded replies. Scriptable: plug and unplug phones, change their state
 * and replies, cut a read short, slow the stream down. `requests` logs every service asked for.
 */
export class FakeAdbServer {
  /** Every service name received, in order (host:version, host:transport:…, shell:getprop, …). */
  readonly requests: string[] = []
  private readonly phones = new Map<string, PhoneEntry>()
  private readonly trackers = new Set<Socket>()
  private readonly sockets = new Set<Socket>()
  private nextTransportId = 1
  private streaming: FakeStreaming | null = null

  private readonly server: Server
  /** The port it listens on. */
  readonly port: number

  private constructor(server: Server, port: number) {
    this.server = server
    this.port = port
  }

  /** Starts a fake server on 127.0.0.1, on `port` or a free one. */
  static async start(port = 0): Promise<FakeAdbServer> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    const fake = new FakeAdbServer(server, address.port)
    server.on('connection', (socket) => fake.accept(socket))
    return fake
  }

  /** Plugs a phone in (or replaces it); trackers are told. */
  connect(phone: FakePhone): void {
    this.phones.set(phone.serial, { ...phone, replies: { ...phone.replies }, transportId: this.nextTransportId++, shells: new Set() })
    this.announce()
  }

  /** Pulls a phone's cable: it leaves the list and its open shell streams break. */
  disconnect(serial: string): void {
    const phone = this.phones.get(serial)
    if (!phone) return
    for (const socket of phone.shells) socket.destroy()
    this.phones.delete(serial)
    this.announce()
  }

  /** Changes a phone's state, e.g. "unauthorized" → "device" after the owner taps Allow. */
  setState(serial: string, state: string): void {
    this.phone(serial).state = state
    this.announce()
  }

  /** Changes what a command prints from now on, e.g. no com.xiaomi account after signing out. */
  setReply(serial: string, command: string, output: string): void {
    this.phone(serial).replies[command] = output
  }

  /** Cuts the next read of a command short (and by default unplugs the phone at that moment). */
  cutNextRead(serial: string, cut: FakeCut): void {
    this.phone(serial).cut = cut
  }

  /** Streams replies slowly (or at full speed again with null). */
  setStreaming(streaming: FakeStreaming | null): void {
    this.streaming = streaming
  }

  /** Stops listening and closes every connection. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private phone(serial: string): PhoneEntry {
    const phone = this.phones.get(serial)
    if (!phone) throw new Error(`fake adb: no phone ${serial}`)
    return phone
  }

  private deviceList(long: boolean): string {
    return [...this.phones.values()]
      .map((p) =>
        long
          ? `${p.serial.padEnd(22)} ${p.state}${p.state === 'device' ? ` product:${p.product ?? 'demo'} model:${p.model ?? 'demo'} device:${p.device ?? 'demo'}` : ''} transport_id:${p.transportId}\n`
          : `${p.serial}\t${p.state}\n`
      )
      .join('')
  }

  private announce(): void {
    const list = frame(this.deviceList(false))
    for (const socket of this.trackers) socket.write(list)
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => {
      this.sockets.delete(socket)
      this.trackers.delete(socket)
    })
    socket.on('error', () => {})
    let buffer = Buffer.alloc(0)
    let transport: PhoneEntry | null = null
    let busy = false
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      while (!busy && buffer.length >= 4) {
        const length = Number.parseInt(buffer.subarray(0, 4).toString('ascii'), 16)
        if (!Number.isFinite(length)) return void socket.destroy()
        if (buffer.length < 4 + length) return
        const service = buffer.subarray(4, 4 + length).toString('utf8')
        buffer = buffer.subarray(4 + length)
        this.requests.push(service)
        const next = this.serve(socket, service, transport)
        if (next === 'close') return
        if (next === 'stream') {
          busy = true
          return
        }
        if (next) transport = next
      }
    })
  }

  /** Answers one request; returns the phone a transport switched to, 'stream' when the socket now carries a shell, 'close' when done. */
  private serve(socket: Socket, service: string, transport: PhoneEntry | null): PhoneEntry | 'stream' | 'close' | null {
    const end = (reply: Buffer): 'close' => {
      socket.end(reply)
      return 'close'
    }
    if (service === 'host:version') return end(okay(FAKE_ADB_VERSION.toString(16).padStart(4, '0')))
    if (service === 'host:devices') return end(okay(this.deviceList(false)))
    if (service === 'host:devices-l') return end(okay(this.deviceList(true)))
    if (service === 'host:kill') return end(okay())
    if (service === 'host:track-devices') {
      socket.write(okay())
      socket.write(frame(this.deviceList(false)))
      this.trackers.add(socket)
      return 'stream'
    }
    const features = /^(?:host|host-serial:[^:]+|host-transport-id:\d+):features$/.exec(service)
    if (features) return end(okay(FEATURES))
    if (service === 'host:host-features') return end(okay(FEATURES))
    const target = this.transportTarget(service)
    if (target) {
      if (typeof target === 'string') return end(fail(target))
      socket.write(service.startsWith('host:tport:') ? Buffer.concat([Buffer.from('OKAY'), transportIdBytes(target.transportId)]) : okay())
      return target
    }
    if (service.startsWith('shell:') || service.startsWith('shell,')) {
      if (!transport) return end(fail('no transport selected'))
      if (service.startsWith('shell,')) return end(fail('shell protocol not supported by this device'))
      socket.write(okay())
      this.runShell(socket, transport, service.slice('shell:'.length))
      return 'stream'
    }
    return end(fail(`unknown host service '${service}'`))
  }

  /** The phone a transport request selects, or the adb server's refusal in words. */
  private transportTarget(service: string): PhoneEntry | string | null {
    const prefix = /^host:(?:transport|tport)(?::serial:|:|-)(.*)$/.exec(service)
    if (!prefix) return null
    const what = prefix[1]
    let phone: PhoneEntry | undefined
    if (what === 'any' || what === 'usb') {
      const all = [...this.phones.values()]
      if (all.length === 0) return 'no devices/emulators found'
      if (all.length > 1) return 'more than one device/emulator'
      phone = all[0]
    } else if (what.startsWith('id:')) {
      phone = [...this.phones.values()].find((p) => String(p.transportId) === what.slice(3))
    } else {
      phone = this.phones.get(what.replace(/^serial:/, ''))
    }
    if (!phone) return `device '${what}' not found`
    if (phone.state === 'unauthorized' || phone.state === 'authorizing') {
      return "device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set\nTry 'adb kill-server' if that seems wrong.\nOtherwise check for a confirmation dialog on your device."
    }
    if (phone.state !== 'device') return `device ${phone.state}`
    return phone
  }

  /** A tiny shell: runs each ";"-separated part, "echo WORDS" itself and others from the recorded replies. */
  private runShell(socket: Socket, phone: PhoneEntry, command: string): void {
    let bytes = Buffer.from(recordedShellOutput(command, phone.replies), 'utf8')
    const cut = phone.cut && command.split(';').some((p) => p.trim() === phone.cut!.command) ? phone.cut : undefined
    if (cut) {
      phone.cut = undefined
      bytes = bytes.subarray(0, cut.afterBytes)
    }
    phone.shells.add(socket)
    socket.on('close', () => phone.shells.delete(socket))
    const finish = () => {
      if (!cut) return void socket.end()
      socket.destroy()
      if (cut.unplug !== false) this.disconnect(phone.serial)
    }
    const streaming = this.streaming
    if (!streaming) {
      socket.write(bytes)
      return finish()
    }
    let offset = 0
    const step = () => {
      if (socket.destroyed) return
      if (offset >= bytes.length) return finish()
      socket.write(bytes.subarray(offset, offset + streaming.chunkBytes))
      offset += streaming.chunkBytes
      setTimeout(step, streaming.delayMs)
    }
    step()
  }
}

function transportIdBytes(id: number): Buffer {
  const bytes = Buffer.alloc(8)
  bytes.writeBigUInt64LE(BigInt(id))
  return bytes
}
