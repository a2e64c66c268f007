import { createPublicKey, constants, publicDecrypt, randomBytes, type KeyObject } from 'node:crypto'
import { recordedShellOutput } from './recorded-shell'
import { createServer, type Server, type Socket } from 'node:net'
import { adbFingerprint } from '@main/services/usb/credential-store'

/** The six ADB packet commands, as the little-endian words on the wire. */
export const ADB_COMMAND = {
  CNXN: 0x4e584e43,
  AUTH: 0x48545541,
  OPEN: 0x4e45504f,
  OKAY: 0x59414b4f,
  WRTE: 0x45545257,
  CLSE: 0x45534c43
} as const

const AUTH_TOKEN = 1
const AUTH_SIGNATURE = 2
const AUTH_RSAPUBLICKEY = 3
const DEVICE_VERSION = 0x01000001
const DEVICE_MAX_PAYLOAD = 256 * 1024
const HEADER_BYTES = 24
/** PKCS#1 v1.5 DigestInfo prefix for SHA-1: adb signs the 20-byte token as if it were a SHA-1 digest. */
const SHA1_DIGEST_INFO = Buffer.from('3021300906052b0e03021a05000414', 'hex')

/** What the phone does when a computer it does not know sends its public key ("Allow USB debugging?"). */
export type FakePrompt = 'allow' | 'deny' | 'wait'

/** The phone the fake device pretends to be. */
export interface FakeDeviceOptions {
  /** Shell command (as sent after "shell:", or one part between ";") → what it prints. */
  replies: Record<string, string>
  /** Require RSA authentication (as every real phone does); false answers CNXN at once. Default true. */
  auth?: boolean
  /** Answer to the RSA prompt. Default 'allow'. */
  prompt?: FakePrompt
  /** Banner properties (made-up). */
  product?: string
  model?: string
  device?: string
}

/** A one-shot fault: the next read of `command` stops after `afterBytes` bytes and the link drops (a pulled cable). */
export interface FakeDeviceCut {
  command: string
  afterBytes: number
}

/** How replies are streamed: in chunks with a pause between them, so progress and cancellation can be seen. */
export interface FakeDeviceStreaming {
  chunkBytes: number
  delayMs: number
}

interface Packet {
  command: number
  arg0: number
  arg1: number
  payload: Buffer
}

/** Encodes one ADB packet: a 24-byte little-endian header, then the payload. */
export function encodePacket(command: number, arg0: number, arg1: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt32LE(command, 0)
  header.writeUInt32LE(arg0 >>> 0, 4)
  header.writeUInt32LE(arg1 >>> 0, 8)
  header.writeUInt32LE(payload.length, 12)
  header.writeUInt32LE(payload.reduce((sum, byte) => sum + byte, 0) >>> 0, 16)
  header.writeUInt32LE((command ^ 0xffffffff) >>> 0, 20)
  return Buffer.concat([header, payload])
}

/**
 * Reads the public key adb sends in AUTH(RSAPUBLICKEY): base64 of the 524-byte Android key
 * (word count, n0inv, modulus and R² as little-endian words, exponent), a space and a name.
 */
export function parseAdbPublicKey(payload: Buffer): { key: KeyObject; fingerprint: string } {
  const base64 = payload.toString('utf8').replace(/\0+$/, '').split(' ')[0]
  const raw = Buffer.from(base64, 'base64')
  const words = raw.readUInt32LE(0)
  const modulus = Buffer.from(raw.subarray(8, 8 + words * 4)).reverse()
  const exponent = raw.readUInt32LE(8 + words * 8)
  const e = Buffer.alloc(4)
  e.writeUInt32BE(exponent)
  const key = createPublicKey({
    key: { kty: 'RSA', n: modulus.toString('base64url'), e: e.subarray(e.findIndex((b) => b !== 0)).toString('base64url') },
    format: 'jwk'
  })
  return { key, fingerprint: adbFingerprint(raw) }
}

interface Stream {
  localId: number
  remoteId: number
  /** Resolves when the host acknowledges the last WRTE. */
  acked: (() => void) | null
  closed: boolean
}

/**
 * A protocol-level fake ADB *device* (adbd) on 127.0.0.1: speaks CNXN, AUTH (token, signature,
 * public key and the owner's prompt), OPEN, WRTE, OKAY and CLSE over TCP, serving recorded shell
 * output. A real adb server reaches it with `adb connect 127.0.0.1:PORT`; Tango's daemon transport
 * reaches it directly. Scriptable: the prompt's answer, replies, a read cut short, slow streaming.
 */
export class FakeAdbDevice {
  /** Every service opened, in order (shell:getprop, …). */
  readonly opened: string[] = []
  /** Fingerprints of the public keys the owner was asked about, in order. */
  readonly prompted: string[] = []
  private readonly trusted: KeyObject[] = []
  private readonly sockets = new Set<Socket>()
  private readonly pendingPrompts: Array<(allow: boolean) => void> = []
  private cut: FakeDeviceCut | undefined
  private streaming: FakeDeviceStreaming | null = null
  private nextLocalId = 1
  private holding = false

  private readonly server: Server
  private readonly options: Required<Omit<FakeDeviceOptions, 'replies'>> & { replies: Record<string, string> }
  /** The port it listens on. */
  readonly port: number

  private constructor(server: Server, port: number, options: FakeDeviceOptions) {
    this.server = server
    this.port = port
    this.options = {
      auth: true,
      prompt: 'allow',
      product: 'demo_product',
      model: 'Demo_Model',
      device: 'demo',
      ...options,
      replies: { ...options.replies }
    }
  }

  /** Starts a fake device on 127.0.0.1 on a free port. */
  static async start(options: FakeDeviceOptions): Promise<FakeAdbDevice> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const address = server.address()
    if (!address || typeof address === 'string') throw new Error('no port')
    const fake = new FakeAdbDevice(server, address.port, options)
    server.on('connection', (socket) => fake.accept(socket))
    return fake
  }

  /** The serial a TCP device has in the adb server's list. */
  get serial(): string {
    return `127.0.0.1:${this.port}`
  }

  /** Changes what a command prints from now on. */
  setReply(command: string, output: string): void {
    this.options.replies[command] = output
  }

  /** Changes how the owner answers the next prompts. */
  setPrompt(prompt: FakePrompt): void {
    this.options.prompt = prompt
  }

  /** Answers every prompt still on screen (for prompt 'wait'). */
  answerPrompts(allow: boolean): void {
    for (const answer of this.pendingPrompts.splice(0)) answer(allow)
  }

  /** Forgets every computer it trusted ("Revoke USB debugging authorisations"). */
  revokeKeys(): void {
    this.trusted.length = 0
  }

  /** Leaves every OPEN unanswered from now on (a phone that hangs), or answers again with false. */
  holdOpens(hold: boolean): void {
    this.holding = hold
  }

  /** Cuts the next read of a command short and drops the link at that moment. */
  cutNextRead(cut: FakeDeviceCut): void {
    this.cut = cut
  }

  /** Streams replies slowly (or at full speed again with null). */
  setStreaming(streaming: FakeDeviceStreaming | null): void {
    this.streaming = streaming
  }

  /** Drops every open link, like a pulled cable (the listener stays, so the phone can be plugged in again). */
  unplug(): void {
    for (const socket of this.sockets) socket.destroy()
  }

  /** Stops listening and closes every link. */
  async close(): Promise<void> {
    this.unplug()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private banner(): Buffer {
    const { product, model, device } = this.options
    return Buffer.from(
      `device::ro.product.name=${product};ro.product.model=${model};ro.product.device=${device};features=cmd,stat_v2,ls_v2,fixed_push_mkdir,apex,abb,abb_exec`,
      'utf8'
    )
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket)
    socket.setNoDelay(true)
    socket.on('error', () => {})
    let buffer = Buffer.alloc(0)
    const link = { online: !this.options.auth, token: randomBytes(20), streams: new Map<number, Stream>() }
    socket.on('close', () => {
      this.sockets.delete(socket)
      for (const stream of link.streams.values()) {
        stream.closed = true
        stream.acked?.()
      }
    })
    const send = (command: number, arg0: number, arg1: number, payload?: Buffer) => {
      if (!socket.destroyed) socket.write(encodePacket(command, arg0, arg1, payload))
    }
    const online = () => {
      link.online = true
      send(ADB_COMMAND.CNXN, DEVICE_VERSION, DEVICE_MAX_PAYLOAD, this.banner())
    }
    const handle = (packet: Packet) => {
      switch (packet.command) {
        case ADB_COMMAND.CNXN:
          link.streams.clear()
          if (!this.options.auth) return online()
          link.online = false
          link.token = randomBytes(20)
          return send(ADB_COMMAND.AUTH, AUTH_TOKEN, 0, link.token)
        case ADB_COMMAND.AUTH:
          return this.authenticate(packet, link.token, online, () => {
            link.token = randomBytes(20)
            send(ADB_COMMAND.AUTH, AUTH_TOKEN, 0, link.token)
          })
        case ADB_COMMAND.OPEN: {
          if (!link.online || this.holding) return
          const service = packet.payload.toString('utf8').replace(/\0+$/, '')
          this.opened.push(service)
          const stream: Stream = { localId: this.nextLocalId++, remoteId: packet.arg0, acked: null, closed: false }
          if (!service.startsWith('shell:')) return send(ADB_COMMAND.CLSE, 0, packet.arg0)
          link.streams.set(stream.localId, stream)
          send(ADB_COMMAND.OKAY, stream.localId, stream.remoteId)
          return void this.runShell(socket, stream, service.slice('shell:'.length), send)
        }
        case ADB_COMMAND.OKAY: {
          const stream = link.streams.get(packet.arg1)
          const acked = stream?.acked
          if (stream) stream.acked = null
          return acked?.()
        }
        case ADB_COMMAND.WRTE:
          return send(ADB_COMMAND.OKAY, packet.arg1, packet.arg0)
        case ADB_COMMAND.CLSE: {
          const stream = link.streams.get(packet.arg1)
          if (!stream) return
          link.streams.delete(packet.arg1)
          if (!stream.closed) send(ADB_COMMAND.CLSE, stream.localId, stream.remoteId)
          stream.closed = true
          stream.acked?.()
          return
        }
        default:
          return
      }
    }
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      while (buffer.length >= HEADER_BYTES) {
        const length = buffer.readUInt32LE(12)
        if (length > DEVICE_MAX_PAYLOAD * 4) return void socket.destroy()
        if (buffer.length < HEADER_BYTES + length) return
        const packet: Packet = {
          command: buffer.readUInt32LE(0),
          arg0: buffer.readUInt32LE(4),
          arg1: buffer.readUInt32LE(8),
          payload: Buffer.from(buffer.subarray(HEADER_BYTES, HEADER_BYTES + length))
        }
        buffer = buffer.subarray(HEADER_BYTES + length)
        handle(packet)
      }
    })
  }

  /** AUTH from the host: a signature of the token by a trusted key, or a public key to ask the owner about. */
  private authenticate(packet: Packet, token: Buffer, online: () => void, retry: () => void): void {
    if (packet.arg0 === AUTH_SIGNATURE) {
      if (this.trusted.some((key) => signs(key, token, packet.payload))) return online()
      return retry()
    }
    if (packet.arg0 !== AUTH_RSAPUBLICKEY) return
    const { key, fingerprint } = parseAdbPublicKey(packet.payload)
    this.prompted.push(fingerprint)
    const answer = (allow: boolean) => {
      if (!allow) return
      this.trusted.push(key)
      online()
    }
    if (this.options.prompt === 'wait') this.pendingPrompts.push(answer)
    else answer(this.options.prompt === 'allow')
  }

  /** A tiny shell: runs each ";"-separated part, "echo WORDS" itself and others from the recorded replies. */
  private async runShell(
    socket: Socket,
    stream: Stream,
    command: string,
    send: (command: number, arg0: number, arg1: number, payload?: Buffer) => void
  ): Promise<void> {
    let bytes = Buffer.from(recordedShellOutput(command, this.options.replies), 'utf8')
    const cut = this.cut && command.split(';').some((p) => p.trim() === this.cut!.command) ? this.cut : undefined
    if (cut) {
      this.cut = undefined
      bytes = bytes.subarray(0, cut.afterBytes)
    }
    const chunkBytes = Math.min(this.streaming?.chunkBytes ?? DEVICE_MAX_PAYLOAD, DEVICE_MAX_PAYLOAD)
    const delayMs = this.streaming?.delayMs ?? 0
    for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
      if (stream.closed || socket.destroyed) return
      const acked = new Promise<void>((resolve) => {
        stream.acked = resolve
      })
      send(ADB_COMMAND.WRTE, stream.localId, stream.remoteId, bytes.subarray(offset, offset + chunkBytes))
      await acked
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    }
    if (cut) return void socket.destroy()
    if (stream.closed) return
    stream.closed = true
    send(ADB_COMMAND.CLSE, stream.localId, stream.remoteId)
  }
}

/** True when `signature` is `key`'s PKCS#1 v1.5 signature of `token` taken as a SHA-1 digest. */
function signs(key: KeyObject, token: Buffer, signature: Buffer): boolean {
  try {
    return publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature).equals(Buffer.concat([SHA1_DIGEST_INFO, token]))
  } catch {
    return false
  }
}
