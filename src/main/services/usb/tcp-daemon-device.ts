import { connect } from 'node:net'
import { AdbPacket, AdbPacketSerializeStream, type AdbDaemonDevice } from '@yume-chan/adb'
import { MaybeConsumable, pipeFrom, PushReadableStream, StructDeserializeStream } from '@yume-chan/stream-extra'
import type { AdbAddress } from './adb-protocol'
import type { DaemonDeviceSource } from '../ports'

/**
 * A phone's adbd reached over TCP (`adb tcpip`, an emulator, or the tests' fake device), as a Tango daemon
 * device: ADB packets are read and written on one socket.
 */
export function tcpDaemonDevice(address: AdbAddress): AdbDaemonDevice {
  const serial = `${address.host}:${address.port}`
  return {
    serial,
    name: serial,
    connect: () =>
      new Promise((resolve, reject) => {
        const socket = connect({ host: address.host, port: address.port })
        socket.setNoDelay(true)
        socket.once('error', reject)
        socket.once('connect', () => {
          socket.off('error', reject)
          const bytes = new PushReadableStream<Uint8Array>((controller) => {
            socket.on('data', (chunk: Buffer) => {
              socket.pause()
              void controller.enqueue(new Uint8Array(chunk)).then(() => socket.resume())
            })
            socket.on('error', (error) => controller.error(error))
            socket.on('close', () => {
              try {
                controller.close()
              } catch {
                /* already errored */
              }
            })
            controller.abortSignal.addEventListener('abort', () => socket.destroy())
          })
          const sink = new MaybeConsumable.WritableStream<Uint8Array>({
            // The serializer reuses its header buffer, so each chunk is copied before it is queued. Writes after the
            // link dropped are discarded: the readable side has already reported the close.
            write: (chunk) =>
              new Promise<void>((done) => {
                if (socket.destroyed) return done()
                socket.write(Buffer.from(chunk), () => done())
              }),
            close: () => void socket.end(),
            abort: () => void socket.destroy()
          })
          resolve({
            readable: bytes.pipeThrough(new StructDeserializeStream(AdbPacket)),
            writable: pipeFrom(sink, new AdbPacketSerializeStream())
          })
        })
      })
  }
}

/** A fixed set of adbd addresses as a device source (tests, the bench, emulators): a refused connection is a phone gone. */
export function tcpDeviceSource(addresses: readonly AdbAddress[]): DaemonDeviceSource {
  const devices = addresses.map(tcpDaemonDevice)
  return {
    problemOf: (error) => ((error as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED' ? 'disconnected' : 'claim-failed'),
    watch(onList) {
      queueMicrotask(() => onList(devices))
      return { stop: () => {} }
    }
  }
}
