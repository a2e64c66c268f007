import { connect, type Socket } from 'node:net'
import type { AdbDownCause } from '@shared/usb/device-list'

/** Why a conversation with the adb server failed. */
export type AdbErrorKind = 'unreachable' | 'refused' | 'closed' | 'timeout' | 'cancelled' | 'protocol' | 'too-long'

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

/** The cause the connection panel names for each kind of failure; a socket error's errno refines "closed". */
const DOWN_CAUSES: Record<AdbErrorKind, AdbDownCause> = {
  unreachable: 'refused',
  refused: 'protocol',
  closed: 'closed',
  timeout: 'timeout',
  cancelled: 'closed',
  protocol: 'protocol',
  'too-long': 'protocol'
}

/** Why talking to the adb server failed, as a cause the renderer words (the error's text goes to the log only). */
export function downCauseOf(error: unknown): AdbDownCause {
  if (!(error instanceof AdbError)) return 'closed'
  if (error.kind === 'closed' && error.message === 'ETIMEDOUT') return 'timeout'
  return DOWN_CAUSES[error.kind]
}

/** Where the adb server listens, and how long it may take to answer a request. */
export interface AdbAddress {
  host: string
  port: number
  /** Longest wait for the reply to one request (OKAY/FAIL and its payload); default DEFAULT_REPLY_TIMEOUT_MS. */
  replyTimeoutMs?: number
}

/** The adb server's default address (`adb -P` / ANDROID_ADB_SERVER_PORT change the port). */
export const DEFAULT_ADB_ADDRESS: AdbAddress = { host: '127.0.0.1', port: 5037 }

/** How long a reply to one request may take: a local server answers in milliseconds, even while starting a phone's transport. */
export const DEFAULT_REPLY_TIMEOUT_MS = 10_000

/** Most output one shell read keeps: the largest getprop or `dumpsys account` is well under 1 MiB. */
export const MAX_SHELL_OUTPUT_BYTES = 4 * 1024 * 1024

/** Most bytes held unread at once; a server that sends more than this ahead of the reader is not an adb server. */
const MAX_UNREAD_BYTES = MAX_SHELL_OUTPUT_BYTES + 64 * 1024

/** A request in the host smart-socket protocol: four hex digits of length, then the service name. */
export function encodeRequest(service: string): Buffer {
  const body = Buffer.from(service, 'utf8')
  if (body.length > 0xffff) throw new AdbError('protocol', 'Request too long.')
  return Buffer.concat([Buffer.from(body.length.toString(16).padStart(4, '0'), 'ascii'), body])
}

const tooLong = () => new AdbError('too-long', 'The adb server sent more than one read can hold.')

/**
 * One socket to the adb server with a byte queue, so replies can be read field by field
 * ("OKAY", four hex digits, a payload) and, for a shell, until the server closes. The queue keeps an offset
 * into its first chunk, so each byte is copied at most once however small the frames; it holds at most
 * MAX_UNREAD_BYTES, and every reply has a timeout.
 */
export class AdbSocket {
  private readonly chunks: Buffer[] = []
  /** Bytes of chunks[0] already consumed. */
  private offset = 0
  private buffered = 0
  private ended = false
  private failure: AdbError | null = null
  private wake: (() => void) | null = null

  private readonly socket: Socket
  private readonly replyTimeoutMs: number

  private constructor(socket: Socket, replyTimeoutMs: number) {
    this.socket = socket
    this.replyTimeoutMs = replyTimeoutMs
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk)
      this.buffered += chunk.length
      if (this.buffered > MAX_UNREAD_BYTES) this.abandon(tooLong())
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
    const replyTimeoutMs = address.replyTimeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS
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
        resolve(new AdbSocket(socket, replyTimeoutMs))
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

  /** Fails pending and later reads with `error` and closes the socket. */
  private abandon(error: AdbError): void {
    this.failure ??= error
    this.chunks.length = 0
    this.offset = 0
    this.buffered = 0
    this.close()
  }

  /** Takes `n` buffered bytes off the queue (n <= buffered), copying only when they span chunks. */
  private take(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0)
    const first = this.chunks[0]
    if (first.length - this.offset >= n) {
      const out = first.subarray(this.offset, this.offset + n)
      this.offset += n
      if (this.offset === first.length) this.shiftChunk()
      this.buffered -= n
      return out
    }
    const out = Buffer.allocUnsafe(n)
    let filled = 0
    while (filled < n) {
      const chunk = this.chunks[0]
      const count = Math.min(n - filled, chunk.length - this.offset)
      chunk.copy(out, filled, this.offset, this.offset + count)
      filled += count
      this.offset += count
      if (this.offset === chunk.length) this.shiftChunk()
    }
    this.buffered -= n
    return out
  }

  private shiftChunk(): void {
    this.chunks.shift()
    this.offset = 0
  }

  /**
   * Reads exactly `n` bytes; rejects with "closed" when the server hangs up first and, when `replyTimeoutMs`
   * is not null, with "timeout" when they do not arrive in time.
   */
  async read(n: number, replyTimeoutMs: number | null = this.replyTimeoutMs): Promise<Buffer> {
    const deadline = replyTimeoutMs === null ? null : Date.now() + replyTimeoutMs
    while (this.buffered < n) {
      if (this.failure) throw this.failure
      if (this.ended) throw new AdbError('closed', 'The adb server closed the connection.')
      await this.waitForData(deadline)
      if (deadline !== null && this.buffered < n && Date.now() >= deadline) {
        this.abandon(new AdbError('timeout', 'The adb server did not answer.'))
      }
    }
    return this.take(n)
  }

  /** Reads until the server closes (at most MAX_SHELL_OUTPUT_BYTES, else "too-long"), reporting the bytes received so far; rejects if cancelled. */
  async readToEnd(onData?: (received: number) => void): Promise<Buffer> {
    const parts: Buffer[] = []
    let received = 0
    for (;;) {
      if (this.failure && this.failure.kind !== 'closed') throw this.failure
      if (this.buffered > 0) {
        const count = this.buffered
        if (received + count > MAX_SHELL_OUTPUT_BYTES) {
          this.abandon(tooLong())
          throw this.failure!
        }
        parts.push(this.take(count))
        received += count
        onData?.(received)
        continue
      }
      if (this.ended) return Buffer.concat(parts, received)
      await this.waitForData(null)
    }
  }

  /** Reads "OKAY", or "FAIL" and its message (thrown as kind "refused"). */
  async expectOkay(): Promise<void> {
    const status = (await this.read(4)).toString('ascii')
    if (status === 'OKAY') return
    if (status === 'FAIL') throw new AdbError('refused', await this.readHexString())
    throw new AdbError('protocol', 'The adb server sent an unexpected reply.')
  }

  /**
   * Reads a length-prefixed string: four hex digits, then that many bytes. `awaitLength: 'unbounded'` waits for
   * the length as long as it takes (a device list arrives only when something changes); the rest is a reply.
   */
  async readHexString(awaitLength: 'reply' | 'unbounded' = 'reply'): Promise<string> {
    const header = (await this.read(4, awaitLength === 'unbounded' ? null : this.replyTimeoutMs)).toString('ascii')
    const length = /^[0-9a-fA-F]{4}$/.test(header) ? Number.parseInt(header, 16) : Number.NaN
    if (!Number.isFinite(length)) throw new AdbError('protocol', 'The adb server sent a bad length.')
    return (await this.read(length)).toString('utf8')
  }

  private waitForData(deadline: number | null): Promise<void> {
    return new Promise((resolve) => {
      const timer = deadline === null ? null : setTimeout(() => this.notify(), Math.max(0, deadline - Date.now()))
      this.wake = () => {
        if (timer) clearTimeout(timer)
        resolve()
      }
    })
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}
