import { describe, expect, it } from 'vitest'
import { buildApi } from '@preload/build-api'
import { eventChannel } from '@shared/ipc/events'

describe('window.api as the preload builds it', () => {
  it('sends each named method on its channel', async () => {
    const sent: Array<[string, unknown]> = []
    const api = buildApi(
      async (name, payload) => (sent.push([name, payload]), { ok: true, data: null }),
      () => () => undefined
    )
    await api.devices.reveal({ id: 'x' })
    await api.usb.status()
    expect(sent).toEqual([
      ['devices:reveal', { id: 'x' }],
      ['usb:status', undefined]
    ])
  })

  it('subscribes to every pushed event on its own channel and unsubscribes', () => {
    const listening = new Map<string, (payload: unknown) => void>()
    const api = buildApi(
      async () => ({ ok: true, data: null }),
      (name, listener) => {
        listening.set(name, listener)
        return () => listening.delete(name)
      }
    )
    const seen: unknown[] = []
    const stops = [
      api.on.deviceChanged((p) => seen.push(p)),
      api.on.runChanged((p) => seen.push(p)),
      api.on.householdReloaded((p) => seen.push(p)),
      api.on.usbStatus((p) => seen.push(p)),
      api.on.readProgress((p) => seen.push(p)),
      api.on.menuCommand((p) => seen.push(p))
    ]
    expect([...listening.keys()].sort()).toEqual(
      ['deviceChanged', 'householdReloaded', 'menuCommand', 'readProgress', 'runChanged', 'usbStatus']
        .map((name) => eventChannel(name as never))
        .sort()
    )
    listening.get(eventChannel('menuCommand'))!('about')
    expect(seen).toEqual(['about'])
    for (const stop of stops) stop()
    expect(listening.size).toBe(0)
  })
})
