import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { DashboardScreen } from '@renderer/features/dashboard/dashboard-screen'
import { englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { householdOf, madeUpSummary } from '../../support/household'
import { renderWithApp } from '../../support/render'

const KITCHEN = madeUpSummary({ id: '11111111-1111-4111-8111-111111111111', nickname: 'Kitchen POCO', marketName: 'POCO X6 Pro' })
const SPARE = madeUpSummary({ id: '22222222-2222-4222-8222-222222222222', nickname: 'Spare Redmi', marketName: 'Redmi 9' })

const dashboardApi = (devices = [KITCHEN, SPARE]) =>
  fakeApi()
    .answer('household', 'load', () => ok(householdOf(devices)))
    .answer('runs', 'progress', () => ok([]))

describe('the dashboard', () => {
  it('with no phone, invites adding the first one', async () => {
    const onAddPhone = vi.fn()
    const { user } = await renderWithApp(<DashboardScreen onAddPhone={onAddPhone} onEditPhone={() => undefined} />, {
      api: dashboardApi([])
    })
    const invitation = await screen.findByRole('region', { name: 'Start with the first phone' })
    await user.click(within(invitation).getByRole('button', { name: 'Add a phone' }))
    expect(onAddPhone).toHaveBeenCalled()
  })

  it('lists every phone, and search as you type narrows the list', async () => {
    const { user } = await renderWithApp(<DashboardScreen onAddPhone={() => undefined} onEditPhone={() => undefined} />, {
      api: dashboardApi()
    })
    const list = await screen.findByRole('list', { name: 'Phones in the household' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label'))
    ).toEqual(['Kitchen POCO', 'Spare Redmi'])
    await user.type(screen.getByRole('searchbox', { name: 'Search phones' }), 'redmi 9')
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label'))
    ).toEqual(['Spare Redmi'])
  })

  it('while the run progress loads, lists the phones without it', async () => {
    await renderWithApp(<DashboardScreen onAddPhone={() => undefined} onEditPhone={() => undefined} />, {
      api: dashboardApi().answer('runs', 'progress', () => pending())
    })
    const row = await screen.findByRole('listitem', { name: 'Kitchen POCO' })
    expect(within(row).queryByText(/% done/)).toBeNull()
  })

  it('says when a delete was refused, and keeps the phone', async () => {
    const { user } = await renderWithApp(<DashboardScreen onAddPhone={() => undefined} onEditPhone={() => undefined} />, {
      api: dashboardApi().answer('devices', 'remove', () => failure('storage-failed', 'data.readOnly'))
    })
    await user.click(await screen.findByRole('button', { name: 'Delete Kitchen POCO' }))
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: /Delete/ }))
    expect((await screen.findByRole('alert')).textContent).toContain(englishError({ key: 'data.readOnly' }))
    expect(screen.getByRole('listitem', { name: 'Kitchen POCO' })).toBeTruthy()
  })
})
