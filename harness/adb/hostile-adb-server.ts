import { createServer, type Server, type Socket } from 'node:net'

/** How a hostile adb server behaves once a client connects. */
export type HostileBehaviour =
  /** Says OKAY to every request, then, for shell:, sends 64 KiB chunks until the client hangs up. */
  | 'endless-stream'
  /** Accepts the connection and never says anything. */
  | 'silent'
  /** Says OKAY to host:track-devices, then sends `frames` empty device lists ("0000") at once. */
  | { floodFrames: number }

/** A deliberately broken adb server on 127.0.0.1 (random port), for tests and `npm run bench`; stops when closed. */
export class HostileAdbServer {
  /** Bytes written to clients so far. */
  sent = 0
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    /** The port it listens on. */
    readonly port: number
  ) {}

  /** Starts a server with one behaviour. */
  static async start(behaviour: HostileBehaviour): Promise<HostileAdbServer> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const hostile = new HostileAdbServer(server, (server.address() as { port: number }).port)
    server.on('connection', (socket) => hostile.accept(socket, behaviour))
    return hostile
  }

  /** Stops listening and drops every client. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private accept(socket: Socket, behaviour: HostileBehaviour): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.on('error', () => {})
    if (behaviour === 'silent') return
    let pending = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 4) {
        const length = Number.parseInt(pending.subarray(0, 4).toString('ascii'), 16)
        if (pending.length < 4 + length) return
        const service = pending.subarray(4, 4 + length).toString('utf8')
        pending = pending.subarray(4 + length)
        this.write(socket, Buffer.from('OKAY'))
        if (typeof behaviour === 'object' && service === 'host:track-devices')
          this.write(socket, Buffer.from('0000'.repeat(behaviour.floodFrames)))
        if (behaviour === 'endless-stream' && service.startsWith('shell:')) this.pour(socket)
      }
    })
  }

  private pour(socket: Socket): void {
    const chunk = Buffer.alloc(64 * 1024, 'x')
    const more = (): void => {
      while (!socket.destroyed && socket.write(chunk)) this.sent += chunk.length
      if (!socket.destroyed) socket.once('drain', more)
    }
    more()
  }

  private write(socket: Socket, bytes: Buffer): void {
    this.sent += bytes.length
    socket.write(bytes)
  }
}
