import { errorDetail } from '@shared/result'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ImportDialog } from '@renderer/features/records/import-dialog'
import type { ImportPreview } from '@shared/archive/plan'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'

const TOKEN = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b'
const none = { added: 0, updated: 0, unchanged: 0 }
const preview = (changes: number): ImportPreview => ({
  token: TOKEN,
  fileName: 'records.handover',
  createdAt: '2026-03-01T10:00:00.000Z',
  appVersion: '0.1.0',
  migratedFrom: null,
  counts: { members: none, devices: { ...none, added: changes }, runs: none, attachments: none, certificates: none },
  changed: Array.from({ length: changes }, (_, i) => ({ section: 'devices' as const, kind: 'added' as const, label: `Phone ${i + 1}` })),
  changes
})

describe('the import dialog', () => {
  it('waits for the file to be chosen', async () => {
    await renderWithApp(<ImportDialog onClose={() => undefined} />, { api: fakeApi().answer('archive', 'openImport', () => pending()) })
    expect(screen.getByRole('status').textContent).toBe('Choose a Handover archive…')
  })

  it('says an archive holds nothing new, and offers only Close', async () => {
    await renderWithApp(<ImportDialog onClose={() => undefined} />, {
      api: fakeApi()
        .answer('archive', 'openImport', () => ok({ token: TOKEN, fileName: 'records.handover', protected: false }))
        .answer('archive', 'previewImport', () => ok(preview(0)))
    })
    expect((await screen.findByText('Nothing to import: everything in this archive is already here.')).getAttribute('role')).toBe('status')
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull()
  })

  it('names every problem of a file that cannot be imported', async () => {
    await renderWithApp(<ImportDialog onClose={() => undefined} />, {
      api: fakeApi().answer('archive', 'openImport', () =>
        failure('invalid-input', 'archive.problems', { count: 2 }, [
          errorDetail(
            'devices.0.imei1',
            'validation.imeiCheckDigit',
            { expected: 4 },
            { record: { section: 'devices', number: 1 }, field: 'imei1' }
          ),
          errorDetail('devices.1.nickname', 'validation.nicknameMissing', undefined, {
            record: { section: 'devices', number: 2, name: 'Kitchen' },
            field: 'nickname'
          })
        ])
      )
    })
    expect((await screen.findByRole('alert')).textContent).toContain('This file cannot be imported. Nothing was changed.')
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Phone 1, field imei1: The last digit should be 4 for this IMEI: check for a typing mistake.',
      'Phone 2 (“Kitchen”), field nickname: Give the phone a nickname, such as "Mum\'s old phone".'
    ])
  })

  it('asks for the passphrase of a protected archive, says when it is wrong, then previews and imports all', async () => {
    const onClose = vi.fn()
    let tries = 0
    const { api, user } = await renderWithApp(<ImportDialog onClose={onClose} />, {
      api: fakeApi()
        .answer('archive', 'openImport', () => ok({ token: TOKEN, fileName: 'records.handover', protected: true }))
        .answer('archive', 'previewImport', () =>
          ++tries === 1
            ? failure('invalid-input', 'archive.wrongPassphrase', undefined, [errorDetail('passphrase', 'archive.wrongPassphrase')])
            : ok(preview(2))
        )
        .answer('archive', 'applyImport', () => ok({ changes: 2 }))
    })
    const passphrase = await screen.findByLabelText('Passphrase')
    await user.type(passphrase, 'not it')
    await user.click(screen.getByRole('button', { name: 'Read archive' }))
    expect((await screen.findByRole('alert')).textContent).toBe(englishError({ key: 'archive.wrongPassphrase' }))
    expect(passphrase.getAttribute('aria-invalid')).toBe('true')
    await user.clear(passphrase)
    await user.type(passphrase, 'correct horse battery')
    await user.click(screen.getByRole('button', { name: 'Read archive' }))
    await user.click(await screen.findByRole('button', { name: 'Import 2 changes' }))
    expect(api.calls('archive', 'applyImport')).toEqual([{ token: TOKEN }])
    expect(onClose).toHaveBeenCalled()
  })
})
