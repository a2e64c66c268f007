import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { UsbScreen } from '@renderer/features/usb/usb-screen'
import type { UsbStatusView } from '@shared/usb/usb-status'
import type { ReadJobView } from '@shared/usb/usb-job'
import { type FakeApi, englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { householdOf } from '../../support/household'
import { renderWithApp } from '../../support/render'

const SERIAL = 'MADEUP0001'
const NONE: UsbStatusView = { connection: { kind: 'none' }, configuredAdbPath: '' }
const ONE: UsbStatusView = { connection: { kind: 'one', device: { serial: SERIAL, state: 'device' } }, configuredAdbPath: '' }
const DIRECT: UsbStatusView = { ...ONE, transport: { kind: 'direct-usb', problem: null, platform: 'linux' } }
const progress = { step: 1, steps: 3, received: 2048 }

const usbApi = (): FakeApi => fakeApi().answer('household', 'load', () => ok(householdOf()))
const connection = () => screen.getByRole('region', { name: 'Connection' })
const readButton = () => screen.getByRole('button', { name: 'Read phone' }) as HTMLButtonElement

describe('the USB check', () => {
  it('says it is looking for phones while it connects, and reads nothing yet', async () => {
    await renderWithApp(<UsbScreen />, { api: usbApi().answer('usb', 'connect', () => pending()) })
    expect(within(connection()).getByText('Looking for connected phones…')).toBeTruthy()
    expect(readButton().disabled).toBe(true)
  })

  it('says no phone is connected, then follows the connection the main process pushes', async () => {
    const { api } = await renderWithApp(<UsbScreen />, { api: usbApi().answer('usb', 'connect', () => ok(NONE)) })
    expect(await within(connection()).findByText(/^No phone found/)).toBeTruthy()
    expect(readButton().disabled).toBe(true)
    api.push('usbStatus', ONE)
    await waitFor(() => expect(readButton().disabled).toBe(false))
    expect(api.calls('usb', 'connect')).toHaveLength(1)
  })

  it('says why adb could not be reached', async () => {
    await renderWithApp(<UsbScreen />, { api: usbApi().answer('usb', 'connect', () => failure('unavailable', 'usb.notAdb')) })
    expect(await within(connection()).findByText(englishError({ key: 'usb.notAdb' }))).toBeTruthy()
  })

  it('says in the reader’s language why the adb server is down, from its cause code', async () => {
    const down = (cause: 'timeout' | 'usb-list-failed'): UsbStatusView => ({
      connection: { kind: 'server-down', cause },
      configuredAdbPath: ''
    })
    const { api } = await renderWithApp(<UsbScreen />, {
      api: usbApi().answer('usb', 'connect', () => ok(down('timeout'))),
      language: 'ru'
    })
    const panel = screen.getByRole('region', { name: 'Подключение' })
    expect(await within(panel).findByText('Сервер adb не ответил вовремя.')).toBeTruthy()
    expect(within(panel).getByRole('button', { name: 'Повторить' })).toBeTruthy()
    api.push('usbStatus', down('usb-list-failed'))
    expect(
      await within(panel).findByText('Не удалось получить список USB-устройств компьютера, поэтому телефоны по USB найти нельзя.')
    ).toBeTruthy()
    expect(panel.textContent).not.toMatch(/[A-Za-z]{4,} (?:server|answer|listed)/)
  })

  it('shows a read in progress from the pushes, then its outcome', async () => {
    const running: ReadJobView = { id: 'job-1', kind: 'properties', running: true, progress, outcome: null }
    const { api, user } = await renderWithApp(<UsbScreen />, {
      api: usbApi()
        .answer('usb', 'connect', () => ok(ONE))
        .answer('usb', 'startRead', () => ok({ jobId: 'job-1' }))
        .answer('usb', 'job', () => ok(running))
    })
    await user.click(readButton())
    expect(await screen.findByRole('button', { name: 'Cancel reading' })).toBeTruthy()
    expect(api.calls('usb', 'startRead')).toEqual([{ serial: SERIAL, kind: 'properties' }])
    api.push('readProgress', { ...running, running: false, outcome: { state: 'unknown', reason: 'disconnected' } })
    expect(await screen.findByText('The phone was unplugged or disappeared during the read.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Read again' })).toBeTruthy()
  })

  it('over direct USB, says when this computer’s key fingerprint cannot be read', async () => {
    await renderWithApp(<UsbScreen />, {
      api: usbApi()
        .answer('usb', 'connect', () => ok(DIRECT))
        .answer('usb', 'keyFingerprint', () => failure('unavailable', 'usb.keyUnreadable'))
    })
    expect(await screen.findByText(englishError({ key: 'usb.keyUnreadable' }))).toBeTruthy()
  })
})
