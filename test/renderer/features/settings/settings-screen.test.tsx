import type { AppInfo } from '@shared/app-info'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SettingsScreen } from '@renderer/features/settings/settings-screen'
import { failure, fakeApi, ok, pending } from '../../support/fake-api'
import { householdOf } from '../../support/household'
import { renderWithApp } from '../../support/render'

const INFO: AppInfo = {
  version: '0.1.0',
  dataDir: '/home/alex/.config/Handover/data',
  vault: { encrypted: true, backend: 'gnome_libsecret' },
  language: { chosen: 'system', effective: 'en', system: ['en-US'] }
}

/** A fake API whose records sections answer empty lists. */
const settingsApi = () =>
  fakeApi()
    .answer('household', 'load', () => ok(householdOf()))
    .answer('backups', 'list', () => ok({ backups: [], settings: { keep: 10 } }))
    .answer('quarantine', 'list', () => ok([]))

describe('Settings', () => {
  it('names the data folder and whether the identifiers are encrypted', async () => {
    await renderWithApp(<SettingsScreen />, { api: settingsApi().answer('app', 'info', () => ok(INFO)) })
    expect(await screen.findByText(INFO.dataDir)).toBeTruthy()
    expect(screen.getByText(/gnome_libsecret/)).toBeTruthy()
    expect(screen.getByText('Handover 0.1.0')).toBeTruthy()
  })

  it('warns, as an alert, when the keyring offers only the fixed fallback key', async () => {
    await renderWithApp(<SettingsScreen />, {
      api: settingsApi().answer('app', 'info', () => ok({ ...INFO, vault: { encrypted: false, backend: 'basic_text', fixedKey: true } }))
    })
    expect((await screen.findByRole('alert')).textContent).toMatch(/unencrypted|not encrypted|fixed/i)
  })

  it('while the facts load, shows the records sections and no data folder yet', async () => {
    await renderWithApp(<SettingsScreen />, { api: settingsApi().answer('app', 'info', () => pending()) })
    expect(screen.getByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Your records' })).toBeTruthy()
    expect(screen.queryByText(INFO.dataDir)).toBeNull()
  })

  it('when the facts cannot be read, still offers the records sections', async () => {
    const rendered = await renderWithApp(<SettingsScreen />, {
      api: settingsApi().answer('app', 'info', () => failure('internal', 'ipc.internal'))
    })
    await screen.findByText(/No backups yet|no backups/i)
    expect(rendered.api.calls('app', 'info')).toHaveLength(1)
    expect(screen.queryByText(INFO.dataDir)).toBeNull()
    expect(screen.getByRole('button', { name: /Export/ })).toBeTruthy()
  })
})
