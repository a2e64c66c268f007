import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PhoneScreen } from '@renderer/features/phone/phone-screen'
import { type FakeApi, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { householdOf, madeUpSummary } from '../../support/household'
import { renderWithApp } from '../../support/render'

const KITCHEN = madeUpSummary({ id: '11111111-1111-4111-8111-111111111111', nickname: 'Kitchen POCO' })

/** The phone's record, with no run and no certificate unless the test answers otherwise. */
const phoneApi = (): FakeApi =>
  fakeApi()
    .answer('household', 'load', () => ok(householdOf([KITCHEN])))
    .answer('runs', 'get', () => ok(null))
    .answer('certificates', 'readiness', () => ok({ scenario: null, destinations: [], pending: [] }))
    .answer('certificates', 'listForDevice', () => ok([]))

const show = (api: FakeApi, deviceId = KITCHEN.id) => renderWithApp(<PhoneScreen deviceId={deviceId} onEdit={() => undefined} />, { api })

describe('a phone’s record', () => {
  it('with no handover yet, offers to start one and says a certificate needs a finished handover', async () => {
    const { user, navigate } = await show(phoneApi())
    expect(await screen.findByText('No handover started for this phone.')).toBeTruthy()
    expect(await screen.findByText('Start and finish the handover of this phone to issue its certificate.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Start handover' }))
    expect(navigate).toHaveBeenCalledWith({ name: 'run', deviceId: KITCHEN.id })
  })

  it('masks the identifiers and reveals one only when asked', async () => {
    const api = phoneApi().answer('devices', 'reveal', () =>
      ok({ serial: 'TESTSERIAL0001', imei1: '350000111122229', imei2: '', accountHint: '' })
    )
    const { user } = await show(api)
    await screen.findByRole('heading', { name: 'Kitchen POCO', level: 1 })
    expect(screen.queryByText('TESTSERIAL0001')).toBeNull()
    expect(api.calls('devices', 'reveal')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Show Serial number' }))
    expect(await screen.findByText('TESTSERIAL0001')).toBeTruthy()
  })

  it('while the run loads, shows the record without a handover card', async () => {
    await show(phoneApi().answer('runs', 'get', () => pending()))
    expect(await screen.findByRole('heading', { name: 'Kitchen POCO', level: 1 })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Handover', level: 2 })).toBeNull()
  })

  it('when the run cannot be read, still offers the way into it', async () => {
    await show(phoneApi().answer('runs', 'get', () => failure('storage-failed', 'file.unreadable')))
    expect(await screen.findByText('No handover started for this phone.')).toBeTruthy()
  })

  it('for a phone that is not in the household, says so and leads back', async () => {
    const { user, navigate } = await show(phoneApi(), '99999999-9999-4999-8999-999999999999')
    expect(await screen.findByText('Something went wrong. Nothing was changed.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /back/i }))
    expect(navigate).toHaveBeenCalledWith({ name: 'dashboard' })
  })
})
