import type { EventSink } from '@main/services/ports'
import { createUsbService, type UsbService, type UsbServiceOptions } from '@main/services/usb/usb-service'
import type { ReadJobView } from '@shared/usb/usb-job'

/** The USB service plus a way for tests to wait for a read's outcome. */
export interface SettlingUsbService extends UsbService {
  /** Resolves with the read's last pushed view once it has finished (its outcome recorded in the run, where it has one). */
  settled(jobId: string): Promise<ReadJobView>
}

/**
 * Builds the USB service with `settled`: it listens to the `readProgress` events the service pushes, as the renderer
 * does, and forwards every event to `options.events`. The app's service has no such method.
 */
export function createSettlingUsbService(options: UsbServiceOptions): SettlingUsbService {
  const finished = new Map<string, ReadJobView>()
  const waiting = new Map<string, Array<(view: ReadJobView) => void>>()
  const events: EventSink = {
    emit(name, payload) {
      options.events?.emit(name, payload)
      if (name !== 'readProgress') return
      const view = payload as ReadJobView
      if (view.running) return
      finished.set(view.id, view)
      for (const resolve of waiting.get(view.id) ?? []) resolve(view)
      waiting.delete(view.id)
    }
  }
  const service = createUsbService({ ...options, events })
  return {
    ...service,
    settled(jobId) {
      service.job(jobId) // an unknown read is refused, as the service refuses it
      const done = finished.get(jobId)
      if (done) return Promise.resolve(done)
      return new Promise((resolve) => waiting.set(jobId, [...(waiting.get(jobId) ?? []), resolve]))
    }
  }
}
