import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CertificateViewer } from '@renderer/features/certificate/certificate-viewer'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { VIEW } from '../../support/certificate'
import { renderWithApp } from '../../support/render'

describe('the certificate viewer', () => {
  it('shows the certificate with nothing printed or saved yet', async () => {
    await renderWithApp(<CertificateViewer view={VIEW} onClose={() => undefined} />)
    expect(screen.getByRole('dialog', { name: /^Handover certificate: Sold/ })).toBeTruthy()
    expect(screen.getByText(VIEW.certificate.id)).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('keeps Print and Save from being pressed twice while printing', async () => {
    const { user } = await renderWithApp(<CertificateViewer view={VIEW} onClose={() => undefined} />, {
      api: fakeApi().answer('certificates', 'print', () => pending())
    })
    await user.click(screen.getByRole('button', { name: 'Print…' }))
    expect((screen.getByRole('button', { name: 'Save as PDF…' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('says, as an alert, why saving the PDF failed', async () => {
    const { user } = await renderWithApp(<CertificateViewer view={VIEW} onClose={() => undefined} />, {
      api: fakeApi().answer('certificates', 'savePdf', () => failure('storage-failed', 'data.readOnly'))
    })
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }))
    expect((await screen.findByRole('alert')).textContent).toBe(englishError({ key: 'data.readOnly' }))
  })

  it('says where the PDF was saved', async () => {
    const { user } = await renderWithApp(<CertificateViewer view={VIEW} onClose={() => undefined} />, {
      api: fakeApi().answer('certificates', 'savePdf', () => ok({ path: '/tmp/certificate.pdf' }))
    })
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }))
    expect((await screen.findByRole('status')).textContent).toBe('Saved to /tmp/certificate.pdf')
  })
})
