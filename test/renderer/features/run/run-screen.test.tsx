import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RunScreen } from '@renderer/features/run/run-screen'
import { createRun } from '@shared/offboarding/run'
import { runProgress } from '@shared/offboarding/progress'
import { type FakeApi, englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { householdOf, madeUpSummary } from '../../support/household'
import { renderWithApp } from '../../support/render'

const KITCHEN = madeUpSummary({ id: '11111111-1111-4111-8111-111111111111', nickname: 'Kitchen POCO' })
const AT = '2026-03-01T10:00:00.000Z'

const runApi = (): FakeApi =>
  fakeApi()
    .answer('household', 'load', () => ok(householdOf([KITCHEN])))
    .answer('certificates', 'readiness', () => ok({ scenario: null, destinations: [], pending: [] }))
    .answer('certificates', 'listForDevice', () => ok([]))
    .answer('attachments', 'list', () => ok([]))

const show = (api: FakeApi) => renderWithApp(<RunScreen deviceId={KITCHEN.id} />, { api, route: { name: 'run', deviceId: KITCHEN.id } })

describe('the run screen', () => {
  it('says it is loading the handover', async () => {
    await show(runApi().answer('runs', 'get', () => pending()))
    expect((await screen.findByRole('status')).textContent).toBe('Loading the handover…')
  })

  it('says why the handover could not be read', async () => {
    await show(runApi().answer('runs', 'get', () => failure('storage-failed', 'file.unreadable')))
    expect((await screen.findByText(englishError({ key: 'file.unreadable' }))).getAttribute('role')).toBe('status')
  })

  it('with no handover yet, asks what is happening and starts the chosen scenario', async () => {
    const started = createRun(KITCHEN.id, 'sell', AT)
    const api = runApi()
      .answer('runs', 'get', () => ok(null))
      .answer('runs', 'start', () => ok(started))
    const { user } = await show(api)
    await user.click(await screen.findByRole('radio', { name: /Sell or give away/ }))
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(await screen.findByText('Scenario: Sell or give away')).toBeTruthy()
    expect(api.calls('runs', 'start')).toEqual([{ deviceId: KITCHEN.id, scenario: 'sell', replace: false }])
  })

  it('shows the run again when the main process saves it from elsewhere (a USB check, a certificate)', async () => {
    let run = createRun(KITCHEN.id, 'sell', AT)
    const api = runApi().answer('runs', 'get', () => ok(run))
    await show(api)
    expect(await screen.findByText('Scenario: Sell or give away')).toBeTruthy()
    run = createRun(KITCHEN.id, 'locked-out', AT)
    api.push('runChanged', { deviceId: KITCHEN.id, progress: runProgress(run) })
    expect(await screen.findByText("Scenario: I'm locked out, or I bought a phone that is still locked")).toBeTruthy()
    expect(api.calls('runs', 'get')).toHaveLength(2)
  })
})
