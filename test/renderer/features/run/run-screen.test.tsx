import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RunScreen } from '@renderer/features/run/run-screen'
import { confirmByUsb, journalUsbCheck } from '@shared/offboarding/reducer'
import { createRun, runSchema } from '@shared/offboarding/run'
import type { LanguageCode } from '@shared/i18n/languages'
import { runWithEnglishUsbText, STORED_USB_EVIDENCE, STORED_USB_LINE } from '@harness/data/run-with-english-usb-text'
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

const show = (api: FakeApi, language?: LanguageCode) =>
  renderWithApp(<RunScreen deviceId={KITCHEN.id} />, { api, route: { name: 'run', deviceId: KITCHEN.id }, language })

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

  it('shows the English text a run stored before the USB check kept facts, as it was written', async () => {
    const run = runSchema.parse(runWithEnglishUsbText(KITCHEN.id, AT, '2026-03-01T10:05:00.000Z'))
    const { user } = await show(
      runApi().answer('runs', 'get', () => ok(run)),
      'zh-CN'
    )
    const journal = await screen.findByRole('list', { name: '日志' })
    expect(within(journal).getByText(STORED_USB_LINE)).toBeTruthy()
    await user.click(within(screen.getByRole('navigation', { name: '步骤' })).getByRole('button', { name: '退出小米账号' }))
    expect(await screen.findByText(new RegExp(`已通过 USB 确认：${STORED_USB_EVIDENCE.replace(/[().…]/g, '\\$&')}`))).toBeTruthy()
  })

  it('words a USB check’s facts in the reader’s language: the journal line and the step’s evidence', async () => {
    const checked = '2026-03-01T10:05:00.000Z'
    const counts = { userId: 0, xiaomi: 0, google: 1, other: 2 }
    let run = journalUsbCheck(createRun(KITCHEN.id, 'sell', AT), { state: 'read', users: [counts] }, checked)
    run = confirmByUsb(
      run,
      'xiaomi-sign-out',
      { family: 'xiaomi', users: [counts], phone: { name: 'Redmi 13C', serialTail: 'AB12' } },
      checked
    )
    const { user } = await show(
      runApi().answer('runs', 'get', () => ok(run)),
      'ru'
    )
    const journal = await screen.findByRole('list', { name: 'Журнал' })
    expect(
      within(journal).getByText(
        'Проверка аккаунтов по USB: Основной пользователь (0): 0 аккаунтов Xiaomi, 1 аккаунт Google, 2 других аккаунта.'
      )
    ).toBeTruthy()
    const steps = screen.getByRole('navigation', { name: 'Шаги' })
    await user.click(within(steps).getByRole('button', { name: 'Выйдите из аккаунта Xiaomi' }))
    expect(
      await screen.findByText(
        /Ни у одного пользователя \(0\) на Redmi 13C \(серийный номер …AB12\) нет аккаунта Xiaomi; прочитано по USB\. Аккаунты на телефоне: 0 аккаунтов Xiaomi, 1 аккаунт Google, 2 других аккаунта\./
      )
    ).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/USB account check|No Xiaomi account/)
  })
})
