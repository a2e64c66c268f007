import { useTranslation } from 'react-i18next'
import type { CertificateLanguages } from '@shared/certificate/content'
import { LANGUAGES, isLanguageCode, type LanguageCode } from '@shared/i18n/languages'
import { Field } from '../../components/field'

/** The certificate's languages to start from: the app's own language. */
export function appCertificateLanguages(appLanguage: string): CertificateLanguages {
  return [isLanguageCode(appLanguage) ? appLanguage : 'en']
}

/** The language of the certificate and an optional second one, each named in itself. */
export function CertificateLanguageFields(props: { value: CertificateLanguages; onChange: (languages: CertificateLanguages) => void }) {
  const { t } = useTranslation('certificate')
  const [primary, secondary] = props.value
  const choosePrimary = (code: LanguageCode) => props.onChange(secondary === undefined || secondary === code ? [code] : [code, secondary])
  const chooseSecondary = (code: string) => props.onChange(isLanguageCode(code) ? [primary, code] : [primary])
  return (
    <div className="grid">
      <Field label={t('ui.language')}>
        {(control) => (
          <select
            id={control.id}
            value={primary}
            onChange={(event) => isLanguageCode(event.target.value) && choosePrimary(event.target.value)}
          >
            {LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.nativeName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('ui.secondLanguage')}>
        {(control) => (
          <select id={control.id} value={secondary ?? ''} onChange={(event) => chooseSecondary(event.target.value)}>
            <option value="">{t('ui.noSecondLanguage')}</option>
            {LANGUAGES.filter((language) => language.code !== primary).map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.nativeName}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  )
}
