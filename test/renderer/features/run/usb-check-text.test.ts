import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { setAppTranslator } from '@renderer/components/app-language'
import { usbCheckText, usbEvidenceText } from '@renderer/features/run/usb-check-text'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import type { LanguageCode } from '@shared/i18n/languages'
import type { UsbEvidence } from '@shared/usb/check-facts'
import { STORED_USB_EVIDENCE, STORED_USB_LINE } from '@harness/data/run-with-english-usb-text'

/** The app's translator in `language`, with the namespaces the run screen loads; returns its `t`. */
async function appIn(language: LanguageCode): Promise<TFunction> {
  const translator = await createTranslator({
    language,
    namespaces: ['offboarding', 'usb'],
    defaultNamespace: 'offboarding',
    load: (code, namespace) => CATALOGUES[code][namespace]
  })
  setAppTranslator(translator)
  return translator.t
}

const EVIDENCE: UsbEvidence = {
  family: 'xiaomi',
  users: [
    { userId: 0, xiaomi: 0, google: 1, other: 2 },
    { userId: 10, xiaomi: 0, google: 0, other: 3 }
  ],
  phone: { name: 'Redmi Note 13 Pro 5G', serialTail: 'AB12' }
}

describe('usbCheckText', () => {
  it('words every user’s counts in English, with English plurals', async () => {
    const t = await appIn('en')
    const finding = { state: 'read' as const, users: EVIDENCE.users.concat({ userId: 999, xiaomi: 1, google: 0, other: 0 }) }
    expect(usbCheckText(t, finding)).toBe(
      'USB account check: Main user (0): 0 Xiaomi accounts, 1 Google account, 2 other accounts; ' +
        'Second space or another user (10): 0 Xiaomi accounts, 0 Google accounts, 3 other accounts; ' +
        'Dual apps (999): 1 Xiaomi account, 0 Google accounts, 0 other accounts.'
    )
    expect(usbCheckText(t, { state: 'read', users: [{ userId: 0, xiaomi: 0, google: 0, other: 0 }] })).toBe(
      'USB account check: Main user (0): no accounts.'
    )
  })

  it('uses the Russian plural forms for 1, 2 and 5 accounts', async () => {
    const t = await appIn('ru')
    const text = usbCheckText(t, { state: 'read', users: [{ userId: 0, xiaomi: 1, google: 2, other: 5 }] })
    expect(text).toBe('Проверка аккаунтов по USB: Основной пользователь (0): 1 аккаунт Xiaomi, 2 аккаунта Google, 5 других аккаунтов.')
    expect(usbCheckText(t, { state: 'read', users: [{ userId: 0, xiaomi: 5, google: 1, other: 2 }] })).toContain(
      '5 аккаунтов Xiaomi, 1 аккаунт Google, 2 других аккаунта'
    )
    expect(usbCheckText(t, { state: 'read', users: [{ userId: 0, xiaomi: 21, google: 22, other: 11 }] })).toContain(
      '21 аккаунт Xiaomi, 22 аккаунта Google, 11 других аккаунтов'
    )
  })

  it('says why a read failed and that another phone was read, in the reader’s language', async () => {
    const zh = await appIn('zh-CN')
    expect(usbCheckText(zh, { state: 'unknown', reason: 'timeout' })).toBe(
      `USB 账号检查无法读取手机。${zh('usb:unknown.timeout')}没有确认任何内容。`
    )
    expect(usbCheckText(zh, { state: 'other-phone' })).toMatch(/^USB 账号检查读取的不是这条记录对应的手机/)
    expect(usbCheckText(zh, { state: 'read', users: [{ userId: 0, xiaomi: 1, google: 0, other: 0 }] })).toBe(
      'USB 账号检查：主用户（0）：1 个小米账号，0 个 Google 账号，0 个其他账号。'
    )
  })

  it('shows the English text of a run stored before facts were kept, as it was written', async () => {
    expect(usbCheckText(await appIn('ru'), STORED_USB_LINE)).toBe(STORED_USB_LINE)
  })
})

describe('usbEvidenceText', () => {
  it('names the family gone, every user, the phone with its serial tail and the accounts left', async () => {
    expect(usbEvidenceText(await appIn('en'), EVIDENCE)).toBe(
      'No Xiaomi account on any user (0 and 10) of Redmi Note 13 Pro 5G (serial …AB12), read over USB. ' +
        'Accounts on the phone: 0 Xiaomi accounts, 1 Google account, 5 other accounts.'
    )
    expect(usbEvidenceText(await appIn('ru'), { ...EVIDENCE, family: 'google' })).toBe(
      'Ни у одного пользователя (0 и 10) на Redmi Note 13 Pro 5G (серийный номер …AB12) нет аккаунта Google; прочитано по USB. ' +
        'Аккаунты на телефоне: 0 аккаунтов Xiaomi, 1 аккаунт Google, 5 других аккаунтов.'
    )
  })

  it('says "the phone" when none answered, and leaves the serial out when the phone gave none', async () => {
    const t = await appIn('en')
    expect(usbEvidenceText(t, { ...EVIDENCE, users: [EVIDENCE.users[0]], phone: null })).toMatch(
      /^No Xiaomi account on any user \(0\) of the phone,/
    )
    expect(usbEvidenceText(t, { ...EVIDENCE, phone: { name: 'Redmi 13C', serialTail: '' } })).toMatch(/of Redmi 13C, read over USB/)
    expect(usbEvidenceText(await appIn('zh-CN'), { ...EVIDENCE, phone: null })).toMatch(
      /^这部手机的所有用户（0和10）上都没有小米账号，已通过 USB 读取。/
    )
  })

  it('shows stored English evidence as it was written', async () => {
    expect(usbEvidenceText(await appIn('zh-CN'), STORED_USB_EVIDENCE)).toBe(STORED_USB_EVIDENCE)
  })
})
