import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { VerifyScreen } from '@renderer/features/certificate/verify-screen'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'

describe('the verify screen', () => {
  it('starts with no verdict, and nothing to check until text is pasted', async () => {
    await renderWithApp(<VerifyScreen />)
    expect(screen.getByRole('heading', { name: 'Verify a certificate', level: 1 })).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('')
    expect((screen.getByRole('button', { name: 'Check QR text' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('says it is checking while the file is read', async () => {
    const { user } = await renderWithApp(<VerifyScreen />, { api: fakeApi().answer('certificates', 'verifyFile', () => pending()) })
    await user.click(screen.getByRole('button', { name: 'Choose a certificate PDF…' }))
    expect(screen.getByRole('status').textContent).toBe('Checking…')
  })

  it('says why the check failed', async () => {
    const { user } = await renderWithApp(<VerifyScreen />, {
      api: fakeApi().answer('certificates', 'verifyText', () => failure('invalid-input', 'validation.tooLong', { maximum: 4000 }))
    })
    await user.type(screen.getByRole('textbox', { name: 'Text from the certificate’s QR code' }), 'HANDOVER1.abc')
    await user.click(screen.getByRole('button', { name: 'Check QR text' }))
    expect(
      (await screen.findByText(englishError({ key: 'validation.tooLong', params: { maximum: 4000 } }))).closest('[role="status"]')
    ).toBeTruthy()
  })

  it('a cancelled file choice leaves the screen as it was', async () => {
    const { user } = await renderWithApp(<VerifyScreen />, { api: fakeApi().answer('certificates', 'verifyFile', () => ok(null)) })
    await user.click(screen.getByRole('button', { name: 'Choose a certificate PDF…' }))
    expect(screen.getByRole('status').textContent).toBe('')
  })
})
