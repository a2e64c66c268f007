import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '@renderer/app/app'
import type { Household } from '@shared/household'
import type { RunProgress } from '@shared/offboarding/progress'
import type { Result } from '@shared/result'
import { type FakeApi, englishError, failure, fakeApi, ok, pending } from '../support/fake-api'
import { householdOf, madeUpSummary } from '../support/household'
import { renderWithApp } from '../support/render'
import { englishT } from '@test/support/english'

const KITCHEN = madeUpSummary({ id: '11111111-1111-4111-8111-111111111111', nickname: 'Kitchen POCO' })
const progressOf = (deviceId: string, percentage: number): RunProgress => ({
  deviceId,
  scenario: 'sell',
  percentage,
  stage: null,
  nextStepId: null,
  nextStepTitleKey: null,
  ready: false,
  finished: false
})

const withRuns = (api: FakeApi, progress: RunProgress[] = []) => api.answer('runs', 'progress', () => ok(progress))

describe('the app shell', () => {
  it('says it is loading the household, then shows the first-run dashboard', async () => {
    let answer: (value: Result<Household>) => void = () => undefined
    const api = withRuns(fakeApi().answer('household', 'load', () => new Promise<Result<Household>>((resolve) => (answer = resolve))))
    await renderWithApp(<App />, { api })
    expect(screen.getByRole('status').textContent).toBe('Loading your household…')
    answer(ok(householdOf()))
    expect(await screen.findByRole('heading', { name: 'Start with the first phone' })).toBeTruthy()
  })

  it('says why the household could not be loaded, and Try again loads it', async () => {
    let tries = 0
    const api = withRuns(
      fakeApi().answer('household', 'load', () =>
        ++tries === 1 ? failure('storage-failed', 'file.unreadable') : ok(householdOf([KITCHEN]))
      )
    )
    const { user } = await renderWithApp(<App />, { api })
    expect((await screen.findByRole('alert')).textContent).toContain(
      `Handover could not load your records: ${englishError({ key: 'file.unreadable' })}`
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('listitem', { name: 'Kitchen POCO' })).toBeTruthy()
    expect(api.calls('household', 'load')).toHaveLength(2)
  })

  it('says data written by a newer Handover is read-only, and which version wrote it', async () => {
    const t = await englishT()
    const readOnly = { writtenBy: '9.1.0', format: 3, reads: 2 }
    await renderWithApp(<App />, { api: withRuns(fakeApi().answer('household', 'load', () => ok(householdOf([KITCHEN], { readOnly })))) })
    expect((await screen.findByRole('alert')).textContent).toBe(
      `${t('locked.readOnly', { reason: t('errors:data.readOnly') })} ${t('locked.readOnlyWrittenBy', { version: '9.1.0', format: 3, reads: 2 })}`
    )
  })

  it('names the data formats in the reader’s language when the newer Handover left no version', async () => {
    const readOnly = { writtenBy: null, format: 3, reads: 2 }
    await renderWithApp(<App />, {
      api: withRuns(fakeApi().answer('household', 'load', () => ok(householdOf([KITCHEN], { readOnly })))),
      language: 'es'
    })
    const alert = (await screen.findByRole('alert')).textContent ?? ''
    expect(alert).toContain('Solo lectura.')
    expect(alert).toContain('formato de datos 3')
    expect(alert).toContain('hasta el formato 2')
  })

  it('keeps the dashboard live from the pushes: a saved phone, a run that moved on, and a reload after an import', async () => {
    let devices = [KITCHEN]
    const api = withRuns(
      fakeApi().answer('household', 'load', () => ok(householdOf(devices))),
      [progressOf(KITCHEN.id, 10)]
    )
    await renderWithApp(<App />, { api })
    const row = await screen.findByRole('listitem', { name: 'Kitchen POCO' })
    expect(await within(row).findByText(/10% done/)).toBeTruthy()

    api.push('runChanged', { deviceId: KITCHEN.id, progress: progressOf(KITCHEN.id, 40) })
    expect(await within(row).findByText(/40% done/)).toBeTruthy()

    const spare = madeUpSummary({ id: '22222222-2222-4222-8222-222222222222', nickname: 'Spare Redmi' })
    api.push('deviceChanged', { id: spare.id, device: spare })
    expect(await screen.findByRole('listitem', { name: 'Spare Redmi' })).toBeTruthy()

    devices = [KITCHEN, madeUpSummary({ id: '33333333-3333-4333-8333-333333333333', nickname: 'Imported Xiaomi' })]
    api.answer('runs', 'progress', () => ok([progressOf(KITCHEN.id, 100)]))
    api.push('householdReloaded', null)
    expect(await screen.findByRole('listitem', { name: 'Imported Xiaomi' })).toBeTruthy()
    expect(await within(screen.getByRole('listitem', { name: 'Kitchen POCO' })).findByText(/100% done/)).toBeTruthy()
    expect(screen.queryByRole('listitem', { name: 'Spare Redmi' })).toBeNull()
  })

  it('takes a removed phone off the list when the main process says so', async () => {
    const api = withRuns(fakeApi().answer('household', 'load', () => ok(householdOf([KITCHEN]))))
    await renderWithApp(<App />, { api })
    await screen.findByRole('listitem', { name: 'Kitchen POCO' })
    api.push('deviceChanged', { id: KITCHEN.id, device: null })
    expect(await screen.findByRole('heading', { name: 'Start with the first phone' })).toBeTruthy()
  })

  it('while the run progress is still loading, already lists the phones', async () => {
    const api = fakeApi()
      .answer('household', 'load', () => ok(householdOf([KITCHEN])))
      .answer('runs', 'progress', () => pending())
    await renderWithApp(<App />, { api })
    expect(await screen.findByRole('listitem', { name: 'Kitchen POCO' })).toBeTruthy()
  })
})
