import i18next, { type TFunction } from 'i18next'
import certificate from '../../../shared/locales/en/certificate.json' with { type: 'json' }

/** The certificate's texts in its language, with interpolated values HTML-escaped. */
export function certificateText(): TFunction<'certificate'> {
  const instance = i18next.createInstance()
  void instance.init({
    lng: 'en',
    ns: ['certificate'],
    defaultNS: 'certificate',
    resources: { en: { certificate } },
    initAsync: false,
    interpolation: { escapeValue: true }
  })
  return instance.getFixedT('en', 'certificate')
}
