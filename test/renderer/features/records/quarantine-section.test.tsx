import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { QuarantineSection } from '@renderer/features/records/quarantine-section'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'

const ENTRY = {
  file: '2026-03-01T10-00-00Z-devices-a.json',
  originalPath: 'devices/a.json',
  at: '2026-03-01T10:00:00.000Z',
  reason: 'Not valid JSON.'
}

describe('Settings › Files set aside', () => {
  it('says no file is set aside', async () => {
    await renderWithApp(<QuarantineSection />, { api: fakeApi().answer('quarantine', 'list', () => ok([])) })
    expect(await screen.findByText('No files are set aside.')).toBeTruthy()
  })

  it('says it is loading while the list is on its way', async () => {
    await renderWithApp(<QuarantineSection />, { api: fakeApi().answer('quarantine', 'list', () => pending()) })
    expect(screen.getByRole('status').textContent).toBe('Loading…')
  })

  it('says why the list could not be read, instead of claiming nothing is set aside', async () => {
    await renderWithApp(<QuarantineSection />, {
      api: fakeApi().answer('quarantine', 'list', () => failure('storage-failed', 'file.unreadable'))
    })
    expect((await screen.findByRole('alert')).textContent).toBe(englishError({ key: 'file.unreadable' }))
    expect(screen.queryByText('No files are set aside.')).toBeNull()
  })

  it('names each file with why it was set aside, and says when one cannot be put back', async () => {
    const { api, user } = await renderWithApp(<QuarantineSection />, {
      api: fakeApi()
        .answer('quarantine', 'list', () => ok([ENTRY]))
        .answer('quarantine', 'restore', () => ok({ restored: false, reason: 'It still fails its check.' }))
    })
    const item = await screen.findByRole('listitem', { name: 'devices/a.json' })
    expect(item.textContent).toContain('Not valid JSON.')
    await user.click(screen.getByRole('button', { name: 'Try to restore devices/a.json' }))
    expect((await screen.findByRole('alert')).textContent).toContain('devices/a.json stays set aside: It still fails its check.')
    expect(api.calls('quarantine', 'restore')).toEqual([{ file: ENTRY.file }])
  })
})
