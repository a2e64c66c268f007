import i18next, { type TFunction } from 'i18next'
import certificate from '../../src/shared/locales/en/certificate.json'
import common from '../../src/shared/locales/en/common.json'
import offboarding from '../../src/shared/locales/en/offboarding.json'
import records from '../../src/shared/locales/en/records.json'
import usb from '../../src/shared/locales/en/usb.json'

/** The app's English strings as a `t`, for testing functions that take one. */
export async function englishT(): Promise<TFunction> {
  const instance = i18next.createInstance()
  await instance.init({
    lng: 'en',
    ns: ['common', 'offboarding', 'certificate', 'records', 'usb'],
    defaultNS: 'common',
    resources: { en: { common, offboarding, certificate, records, usb } },
    interpolation: { escapeValue: false }
  })
  return instance.t
}
