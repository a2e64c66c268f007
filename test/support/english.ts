import i18next, { type TFunction } from 'i18next'
import { errorText, type Translate } from '../../src/shared/i18n/error-text'
import type { ErrorText } from '../../src/shared/result'
import certificate from '../../src/shared/locales/en/certificate.json'
import common from '../../src/shared/locales/en/common.json'
import errors from '../../src/shared/locales/en/errors.json'
import offboarding from '../../src/shared/locales/en/offboarding.json'
import records from '../../src/shared/locales/en/records.json'
import usb from '../../src/shared/locales/en/usb.json'

/** The app's English strings as a `t`, for testing functions that take one. */
export async function englishT(): Promise<TFunction> {
  const instance = i18next.createInstance()
  await instance.init({
    lng: 'en',
    ns: ['common', 'offboarding', 'certificate', 'records', 'usb', 'errors'],
    defaultNS: 'common',
    resources: { en: { common, offboarding, certificate, records, usb, errors } },
    interpolation: { escapeValue: false }
  })
  return instance.t
}

/** An error's message as the English reader sees it (key, params and place put together). */
export async function englishErrorText(): Promise<(text: ErrorText) => string> {
  const t = (await englishT()) as unknown as Translate
  return (text) => errorText(t, text)
}
