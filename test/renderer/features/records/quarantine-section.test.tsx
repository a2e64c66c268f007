import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { QuarantineSection } from '@renderer/features/records/quarantine-section'
import type { QuarantineEntry } from '@shared/quarantine'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'

const ENTRY: QuarantineEntry = {
  file: '2026-03-01T10-00-00Z-devices-a.json',
  originalPath: 'devices/a.json',
  at: '2026-03-01T10:00:00.000Z',
  problem: { code: 'not-json' }
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
        .answer('quarantine', 'restore', () => ok({ restored: false, problem: { code: 'target-taken', path: 'devices/a.json' } }))
    })
    const item = await screen.findByRole('listitem', { name: 'devices/a.json' })
    expect(item.textContent).toContain('The file is damaged: it is not complete, valid JSON.')
    await user.click(screen.getByRole('button', { name: 'Try to restore devices/a.json' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'devices/a.json stays set aside: A file is already at devices/a.json; putting this one back would replace it.'
    )
    expect(api.calls('quarantine', 'restore')).toEqual([{ file: ENTRY.file }])
  })

  it('speaks Spanish: the notes, an old note in English words it knows, one it does not, and why a file stays', async () => {
    const entries: QuarantineEntry[] = [
      { ...ENTRY, problem: { code: 'unreadable', errno: 'EACCES' } },
      { ...ENTRY, file: 'b', originalPath: 'runs/b.json', problem: { code: 'wrong-format' }, leftInPlace: true },
      { ...ENTRY, file: 'c', originalPath: 'runs/c.json', problem: { code: 'as-written', text: 'Set aside by hand.' } }
    ]
    const { user } = await renderWithApp(<QuarantineSection />, {
      language: 'es',
      api: fakeApi()
        .answer('quarantine', 'list', () => ok(entries))
        .answer('quarantine', 'restore', () =>
          ok({
            restored: false,
            problem: { code: 'still-wrong-format', field: 'imei1', issue: { key: 'validation.tooLong', params: { maximum: 20 } } }
          })
        )
    })
    expect(await screen.findByText('No se pudo leer el archivo (EACCES).')).toBeTruthy()
    expect(screen.getByText('El archivo no tiene el formato de registro esperado. Se dejó donde estaba (solo lectura).')).toBeTruthy()
    expect(screen.getByText('Set aside by hand.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Intentar restaurar devices/a.json' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'devices/a.json sigue apartado: Sigue sin tener el formato de registro. Campo imei1: Usa 20 caracteres o menos.'
    )
  })
})
