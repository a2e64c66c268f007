import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ExportDialog } from '@renderer/features/records/export-dialog'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'

describe('the export dialog', () => {
  it('opens on a protected archive with nothing typed, and exports nothing until the passphrase is long enough', async () => {
    const { api, user } = await renderWithApp(<ExportDialog onClose={() => undefined} />)
    expect((screen.getByRole('radio', { name: /Everything/ }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('checkbox', { name: 'Protect the archive with a passphrase' }) as HTMLInputElement).checked).toBe(true)
    await user.type(screen.getByLabelText('Passphrase'), 'short')
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true')
    expect(api.calls('archive', 'exportAll')).toHaveLength(0)
  })

  it('says it is exporting while the archive is written', async () => {
    const { user } = await renderWithApp(<ExportDialog onClose={() => undefined} />, {
      api: fakeApi().answer('archive', 'exportCsv', () => pending())
    })
    await user.click(screen.getByRole('radio', { name: /A list of the phones/ }))
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    expect((screen.getByRole('button', { name: 'Exporting…' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('says why the export failed and stays open', async () => {
    const onClose = vi.fn()
    const { user } = await renderWithApp(<ExportDialog onClose={onClose} />, {
      api: fakeApi().answer('archive', 'exportCsv', () => failure('storage-failed', 'archive.exportTooLarge', { megabytes: 64 }))
    })
    await user.click(screen.getByRole('radio', { name: /A list of the phones/ }))
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      `The export failed: ${englishError({ key: 'archive.exportTooLarge', params: { megabytes: 64 } })}`
    )
    expect(onClose).not.toHaveBeenCalled()
  })

  it('exports with the passphrase typed twice, says where, and closes', async () => {
    const onClose = vi.fn()
    const { api, user } = await renderWithApp(<ExportDialog onClose={onClose} />, {
      api: fakeApi().answer('archive', 'exportAll', () => ok({ path: '/tmp/records.handover' }))
    })
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse battery')
    await user.type(screen.getByLabelText('Confirm passphrase'), 'correct horse battery')
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    expect(await screen.findByText('Exported to /tmp/records.handover')).toBeTruthy()
    expect(api.calls('archive', 'exportAll')).toEqual([{ passphrase: 'correct horse battery' }])
    expect(onClose).toHaveBeenCalled()
  })
})
