import { describe, expect, it, vi } from 'vitest'

/** What the fake print dialog answers: Electron's (success, failureReason) pair. */
let answer: [success: boolean, failureReason: string] = [true, '']

vi.mock('electron', () => ({}))
vi.mock('@main/electron/hidden-document', () => ({
  withHiddenDocument: (_html: string, use: (contents: unknown) => Promise<unknown>) =>
    use({ print: (_options: unknown, done: (success: boolean, failureReason: string) => void) => done(...answer) })
}))

const { createElectronSystemPrinter } = await import('@main/electron/system-printer')

describe('system printer', () => {
  it('treats Cancel in the print dialog ("Print job canceled") as a cancel, not an error', async () => {
    answer = [false, 'Print job canceled']
    await expect(createElectronSystemPrinter().print('<p>x</p>', { pageSize: 'A4' })).resolves.toBe(false)
  })

  it('still reports a real printer failure as an error', async () => {
    answer = [false, 'Print job failed']
    await expect(createElectronSystemPrinter().print('<p>x</p>', { pageSize: 'A4' })).rejects.toThrow('could not print')
  })

  it('reports a printed job as printed', async () => {
    answer = [true, '']
    await expect(createElectronSystemPrinter().print('<p>x</p>', { pageSize: 'A4' })).resolves.toBe(true)
  })
})
