import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { IssueDialog } from '@renderer/features/certificate/issue-dialog'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { renderWithApp } from '../../support/render'
import { VIEW } from '../../support/certificate'

const READY = { scenario: 'sell', destinations: ['sold' as const, 'given-away' as const], pending: [] }
const DEVICE = VIEW.certificate.deviceId

describe('the certificate issue dialog', () => {
  it('opens with nobody named yet, and issues nothing until the preparer is', async () => {
    const { api, user } = await renderWithApp(
      <IssueDialog deviceId={DEVICE} readiness={READY} onClose={() => undefined} onIssued={() => undefined} />
    )
    await user.click(screen.getByRole('button', { name: 'Issue certificate' }))
    expect(screen.getByText('Enter the name of the person preparing the phone.')).toBeTruthy()
    expect(api.calls('certificates', 'issue')).toHaveLength(0)
  })

  it('while the preview is made, keeps Issue from being pressed', async () => {
    const { api, user } = await renderWithApp(
      <IssueDialog deviceId={DEVICE} readiness={READY} onClose={() => undefined} onIssued={() => undefined} />,
      {
        api: fakeApi()
          .answer('certificates', 'preview', () => pending())
          .answer('certificates', 'issue', () => ok(VIEW))
      }
    )
    await user.type(screen.getByRole('textbox', { name: 'Your name (preparing the phone)' }), 'Alex Example')
    await user.click(screen.getByRole('button', { name: 'Preview' }))
    await user.click(screen.getByRole('button', { name: 'Issue certificate' }))
    expect(api.calls('certificates', 'preview')).toHaveLength(1)
    expect(api.calls('certificates', 'issue')).toHaveLength(0)
  })

  for (const [system, paper] of [
    [['es-MX', 'es'], 'US Letter'],
    [['es-ES'], 'A4']
  ] as const) {
    it(`starts on the paper of the computer’s region, as the main process reads it: ${paper} for ${system[0]}`, async () => {
      const api = fakeApi().answer('app', 'info', () =>
        ok({
          version: '0.1.0',
          dataDir: '/data',
          vault: { encrypted: true, backend: 'test' },
          language: { chosen: 'system', effective: 'es', system: [...system] }
        })
      )
      await renderWithApp(<IssueDialog deviceId={DEVICE} readiness={READY} onClose={() => undefined} onIssued={() => undefined} />, { api })
      await vi.waitFor(() => expect(screen.getByRole('radio', { name: paper })).toHaveProperty('checked', true))
    })
  }

  it('says why issuing failed', async () => {
    const { user } = await renderWithApp(
      <IssueDialog deviceId={DEVICE} readiness={READY} onClose={() => undefined} onIssued={() => undefined} />,
      {
        api: fakeApi().answer('certificates', 'issue', () => failure('gate-locked', 'run.stepWaits'))
      }
    )
    await user.type(screen.getByRole('textbox', { name: 'Your name (preparing the phone)' }), 'Alex Example')
    await user.click(screen.getByRole('button', { name: 'Issue certificate' }))
    expect((await screen.findByRole('alert')).textContent).toBe(englishError({ key: 'run.stepWaits' }))
  })

  it('says what is wrong with the preparer’s name in the app’s language, not in the English of the log', async () => {
    const tooLong = {
      path: 'preparer.name',
      key: 'validation.tooLong' as const,
      params: { maximum: 80 },
      message: 'Keep it to {{maximum}} characters or fewer.'
    }
    const { user } = await renderWithApp(
      <IssueDialog deviceId={DEVICE} readiness={READY} onClose={() => undefined} onIssued={() => undefined} />,
      {
        language: 'es',
        api: fakeApi().answer('certificates', 'issue', () => failure('invalid-input', 'ipc.invalidInput', undefined, [tooLong]))
      }
    )
    await user.type(screen.getByRole('textbox', { name: 'Tu nombre (quien prepara el teléfono)' }), 'Alex Example')
    await user.click(screen.getByRole('button', { name: 'Emitir certificado' }))
    expect(await screen.findByText('Usa 80 caracteres o menos.')).toBeTruthy()
  })

  it('issues with what was typed and hands the certificate on', async () => {
    const onIssued = vi.fn()
    const { api, user } = await renderWithApp(
      <IssueDialog deviceId={DEVICE} readiness={READY} onClose={() => undefined} onIssued={onIssued} />,
      {
        api: fakeApi().answer('certificates', 'issue', () => ok(VIEW))
      }
    )
    await user.type(screen.getByRole('textbox', { name: 'Your name (preparing the phone)' }), 'Alex Example')
    await user.click(screen.getByRole('button', { name: 'Issue certificate' }))
    await vi.waitFor(() => expect(onIssued).toHaveBeenCalledWith(VIEW))
    expect(api.calls('certificates', 'issue')[0]).toMatchObject({
      deviceId: DEVICE,
      destination: 'sold',
      preparer: { name: 'Alex Example', contact: '' },
      recipient: null
    })
  })
})
