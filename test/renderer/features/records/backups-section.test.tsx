import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BackupsSection } from '@renderer/features/records/backups-section'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'

const BACKUP = { id: 'b1', createdAt: '2026-03-01T10:00:00.000Z', reason: 'daily' as const, files: 3, bytes: 4096 }

describe('Settings › Backups', () => {
  it('says there are none yet, and shows how many it keeps', async () => {
    await renderWithApp(<BackupsSection />, { api: fakeApi().answer('backups', 'list', () => ok({ backups: [], settings: { keep: 7 } })) })
    expect(await screen.findByText('No backups yet.')).toBeTruthy()
    expect((screen.getByRole('spinbutton', { name: 'Backups to keep' }) as HTMLInputElement).value).toBe('7')
  })

  it('says it is loading while the list is on its way', async () => {
    await renderWithApp(<BackupsSection />, { api: fakeApi().answer('backups', 'list', () => pending()) })
    expect(screen.getByRole('status').textContent).toBe('Loading…')
    expect(screen.queryByText('No backups yet.')).toBeNull()
  })

  it('says why the list could not be read, instead of claiming there are no backups', async () => {
    await renderWithApp(<BackupsSection />, {
      api: fakeApi().answer('backups', 'list', () => failure('storage-failed', 'backup.readFailed'))
    })
    expect((await screen.findByRole('alert')).textContent).toBe(englishError({ key: 'backup.readFailed' }))
    expect(screen.queryByText('No backups yet.')).toBeNull()
  })

  it('lists a backup and restores it only after the confirmation, then shows the list again', async () => {
    const { api, user } = await renderWithApp(<BackupsSection />, {
      api: fakeApi()
        .answer('backups', 'list', () => ok({ backups: [BACKUP], settings: { keep: 7 } }))
        .answer('backups', 'restore', () => ok({ restored: true } as never))
    })
    const table = await screen.findByRole('table', { name: 'Backups' })
    expect(within(table).getByText('Daily')).toBeTruthy()
    await user.click(within(table).getByRole('button', { name: /^Restore the backup from/ }))
    expect(api.calls('backups', 'restore')).toHaveLength(0)
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore backup' }))
    expect(await screen.findByText(/The backup was restored/)).toBeTruthy()
    expect(api.calls('backups', 'restore')).toEqual([{ id: 'b1' }])
    expect(api.calls('backups', 'list').length).toBeGreaterThan(1)
  })

  it('refuses to keep no backups, says why, and saves nothing', async () => {
    const { api, user } = await renderWithApp(<BackupsSection />, {
      api: fakeApi().answer('backups', 'list', () => ok({ backups: [], settings: { keep: 7 } }))
    })
    const keep = await screen.findByRole('spinbutton', { name: 'Backups to keep' })
    await user.clear(keep)
    await user.type(keep, '0')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/Keep at least 1 backup/)
    expect(keep.getAttribute('aria-invalid')).toBe('true')
    expect(api.calls('backups', 'setSettings')).toHaveLength(0)
  })
})
