import { connect, type Socket } from 'node:net'

/** Why a conversation with the adb server failed. */
export type AdbErrorKind = 'unreachable' | 'refused' | 'closed' | 'timeout' | 'cancelled' | 'protocol'

/** A failed conversation with the adb server; `message` is the server's FAIL text where there was one. */
export class AdbError extends Error {
  /** What went wrong, in a word the service maps to a reason. */
  readonly kind: AdbErrorKind

  /** Builds an error of one kind. */
  constructor(kind: AdbErrorKind, message: string) {
    super(message)
    this.name = 'AdbError'
    this.kind = kind
  }
}

/** Where the adb server listens. */
export interface AdbAddress {
  host: string
  port: number
}

/** The adb server's default address (`adb -P` / ANDROID_ADB_SERVER_PORT change the port). */
export const DEFAULT_ADB_ADDRESS: AdbAddress = { host: '127.0.0.1', port: 5037 }

/** A request in the host smart-socket protocol: four hex digits of length, then the service name. */
export function encodeRequest(service: string): Buffer {
  const body = Buffer.from(service, 'utf8')
  if (body.length > 0xffff) throw new AdbError('protocol', 'Request too long.')
  return Buffer.concat([Buffer.from(body.length.toString(16).padStart(4, '0'), 'ascii'), body])
}

/**
 * One socket to the adb server with a byte queue, so replies can be read field by field
 * ("OKAY", four hex digits, a payload) and, for a shell, until the server closes.
 */
export class AdbSocket {
  private readonly chunks: Buffer[] = []
  private buffered = 0
  private ended = false
  private failure: AdbError | null = null
  private wake: (() => void) | null = null

  private readonly socket: Socket

  private constructor(socket: Socket) {
    this.socket = socket
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk)
      this.buffered += chunk.length
      this.notify()
    })
    socket.on('end', () => {
      this.ended = true
      this.notify()
    })
    socket.on('close', () => {
      this.ended = true
      this.notify()
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.failure ??= new AdbError(error.code === 'ECONNREFUSED' ? 'unreachable' : 'closed', error.code ?? error.message)
      this.ended = true
      this.notify()
    })
  }

  /** Opens a socket to the server; rejects with kind "unreachable" when nothing listens. */
  static open(address: AdbAddress, signal?: AbortSignal, timeoutMs = 5000): Promise<AdbSocket> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new AdbError('cancelled', 'Cancelled.'))
      const socket = connect({ host: address.host, port: address.port })
      socket.setNoDelay(true)
      const timer = setTimeout(() => fail(new AdbError('timeout', 'The adb server did not answer.')), timeoutMs)
      const onAbort = () => fail(new AdbError('cancelled', 'Cancelled.'))
      const done = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        socket.off('error', onError)
      }
      const fail = (error: AdbError) => {
        done()
        socket.destroy()
        reject(error)
      }
      const onError = (error: NodeJS.ErrnoException) =>
        fail(new AdbError(error.code === 'ECONNREFUSED' ? 'unreachable' : 'closed', error.code ?? error.message))
      signal?.addEventListener('abort', onAbort, { once: true })
      socket.once('error', onError)
      socket.once('connect', () => {
        done()
        resolve(new AdbSocket(socket))
      })
    })
  }

  /** Sends one request. */
  send(service: string): void {
    this.socket.write(encodeRequest(service))
  }

  /** Closes the socket at once. */
  close(): void {
    this.socket.destroy()
  }

  /** Closes the socket (and fails pending reads) when the signal fires; returns the unsubscribe function. */
  closeOn(signal: AbortSignal | undefined, error: AdbError): () => void {
    if (!signal) return () => {}
    const onAbort = () => {
      this.failure ??= error
      this.close()
    }
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
    return () => signal.removeEventListener('abort', onAbort)
  }

  /** Reads exactly `n` bytes; rejects with "closed" when the server hangs up first. */
  async read(n: number): Promise<Buffer> {
    while (this.buffered < n) {
      if (this.failure) throw this.failure
      if (this.ended) throw new AdbError('closed', 'The adb server closed the connection.')
      await this.waitForData()
    }
    const all = Buffer.concat(this.chunks)
    this.chunks.length = 0
    if (all.length > n) this.chunks.push(all.subarray(n))
    this.buffered = all.length - n
    return all.subarray(0, n)
  }

  /** Reads until the server closes, reporting the bytes received so far; rejects if cancelled. */
  async readToEnd(onData?: (received: number) => void): Promise<Buffer> {
    const parts: Buffer[] = []
    let received = 0
    for (;;) {
      if (this.failure && this.failure.kind !== 'closed') throw this.failure
      if (this.buffered > 0) {
        parts.push(...this.chunks)
        received += this.buffered
        this.chunks.length = 0
        this.buffered = 0
        onData?.(received)
        continue
      }
      if (this.ended) return Buffer.concat(parts)
      await this.waitForData()
    }
  }

  /** Reads "OKAY", or "FAIL" and its message (thrown as kind "refused"). */
  async expectOkay(): Promise<void> {
    const status = (await this.read(4)).toString('ascii')
    if (status === 'OKAY') return
    if (status === 'FAIL') throw new AdbError('refused', await this.readHexString())
    throw new AdbError('protocol', 'The adb server sent an unexpected reply.')
  }

  /** Reads a length-prefixed string: four hex digits, then that many bytes. */
  async readHexString(): Promise<string> {
    const length = Number.parseInt((await this.read(4)).toString('ascii'), 16)
    if (!Number.isFinite(length)) throw new AdbError('protocol', 'The adb server sent a bad length.')
    return (await this.read(length)).toString('utf8')
  }

  private waitForData(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve
    })
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}
