import { errorDetail } from '@shared/result'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PhoneForm } from '@renderer/features/phone-form/phone-form'
import { NICKNAME_MAX } from '@shared/device-model'
import { type FakeApi, englishError, failure, fakeApi, ok, pending } from '../../support/fake-api'
import { householdOf, madeUpSummary } from '../../support/household'
import { madeUpImei } from '@harness/data/made-up-phones'
import { renderWithApp } from '../../support/render'

const KITCHEN = madeUpSummary({ id: '11111111-1111-4111-8111-111111111111', nickname: 'Kitchen POCO' })
const IMEI = madeUpImei('35123456789012')
const formApi = (): FakeApi => fakeApi().answer('household', 'load', () => ok(householdOf([KITCHEN])))
const dialog = () => screen.getByRole('dialog')

describe('the phone form', () => {
  it('opens empty for a new phone, and saves nothing without a nickname', async () => {
    const { api, user } = await renderWithApp(<PhoneForm onClose={() => undefined} />, { api: formApi() })
    const nickname = within(dialog()).getByRole('textbox', { name: /^Nickname/ }) as HTMLInputElement
    expect(nickname.value).toBe('')
    await user.click(screen.getByRole('button', { name: 'Save phone' }))
    expect(nickname.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('alert').textContent).toBe('One field needs attention.')
    expect(api.calls('devices', 'create')).toHaveLength(0)
  })

  it('checks with the shared schema: a wrong IMEI check digit and a serial with symbols are named, nothing is saved', async () => {
    const { api, user } = await renderWithApp(<PhoneForm onClose={() => undefined} />, { api: formApi() })
    await user.type(screen.getByRole('textbox', { name: /^Nickname/ }), 'Typo phone')
    const imei = screen.getByRole('textbox', { name: 'IMEI 1' })
    await user.type(imei, IMEI.slice(0, 14) + ((Number(IMEI[14]) + 1) % 10))
    await user.type(screen.getByRole('textbox', { name: 'Serial number' }), 'AB#1')
    await user.click(screen.getByRole('button', { name: 'Save phone' }))
    expect(screen.getByRole('alert').textContent).toBe('2 fields need attention.')
    expect(imei.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(imei.getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toContain(`should be ${IMEI[14]}`)
    expect(api.calls('devices', 'create')).toHaveLength(0)
  })

  it('stops a nickname at its longest and counts the characters', async () => {
    const { user } = await renderWithApp(<PhoneForm onClose={() => undefined} />, { api: formApi() })
    const nickname = screen.getByRole('textbox', { name: /^Nickname/ }) as HTMLInputElement
    await user.type(nickname, 'x'.repeat(NICKNAME_MAX + 5))
    expect(nickname.value).toHaveLength(NICKNAME_MAX)
    expect(screen.getByText(`${NICKNAME_MAX} of ${NICKNAME_MAX} characters`)).toBeTruthy()
  })

  it('while a phone’s identifiers are on their way, opens with its other fields', async () => {
    await renderWithApp(<PhoneForm device={KITCHEN} onClose={() => undefined} />, {
      api: formApi().answer('devices', 'reveal', () => pending())
    })
    expect((screen.getByRole('textbox', { name: /^Nickname/ }) as HTMLInputElement).value).toBe('Kitchen POCO')
    expect((screen.getByRole('textbox', { name: 'IMEI 1' }) as HTMLInputElement).value).toBe('')
  })

  it('fills in the identifiers of the phone being edited once they arrive', async () => {
    await renderWithApp(<PhoneForm device={KITCHEN} onClose={() => undefined} />, {
      api: formApi().answer('devices', 'reveal', () => ok({ serial: 'TESTSERIAL0001', imei1: IMEI, imei2: '', accountHint: '' }))
    })
    expect(await screen.findByDisplayValue(IMEI)).toBeTruthy()
  })

  it('says so when the identifiers cannot be read', async () => {
    await renderWithApp(<PhoneForm device={KITCHEN} onClose={() => undefined} />, {
      api: formApi().answer('devices', 'reveal', () => failure('unavailable', 'vault.locked'))
    })
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Nothing was changed.')
  })

  it('shows the main process’s refusal next to the field it names, and stays open', async () => {
    const onClose = vi.fn()
    const { user } = await renderWithApp(<PhoneForm onClose={onClose} />, {
      api: formApi().answer('devices', 'create', () =>
        failure('invalid-input', 'ipc.invalidInput', undefined, [errorDetail('imei1', 'archive.samePhoneAsHousehold', { other: 1 })])
      )
    })
    await user.type(screen.getByRole('textbox', { name: /^Nickname/ }), 'Second POCO')
    await user.type(screen.getByRole('textbox', { name: 'IMEI 1' }), IMEI)
    await user.click(screen.getByRole('button', { name: 'Save phone' }))
    expect(await screen.findByText(englishError({ key: 'archive.samePhoneAsHousehold', params: { other: 1 } }))).toBeTruthy()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('saves a valid phone, says so and closes with it', async () => {
    const onClose = vi.fn()
    const saved = madeUpSummary({ id: '22222222-2222-4222-8222-222222222222', nickname: 'Spare Redmi' })
    const { api, user } = await renderWithApp(<PhoneForm onClose={onClose} />, {
      api: formApi().answer('devices', 'create', () => ok(saved))
    })
    await user.type(screen.getByRole('textbox', { name: /^Nickname/ }), 'Spare Redmi')
    await user.type(screen.getByRole('textbox', { name: 'IMEI 1' }), IMEI)
    await user.click(screen.getByRole('button', { name: 'Save phone' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(saved))
    expect(api.calls('devices', 'create')[0]).toMatchObject({ nickname: 'Spare Redmi', imei1: IMEI })
  })
})
