import type { TFunction } from 'i18next'
import type { CertificateLanguages } from '@shared/certificate/content'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import type { LanguageCode } from '@shared/i18n/languages'

/** The certificate's texts in one language, with interpolated values HTML-escaped; step titles under `offboarding:`, device words under `common:`. */
export type CertificateT = TFunction<'certificate'>

const translators = new Map<LanguageCode, Promise<CertificateT>>()

/** The certificate's texts in `language` (built once per language, over the bundled catalogues). */
export function certificateText(language: LanguageCode): Promise<CertificateT> {
  let translator = translators.get(language)
  if (!translator) {
    translator = createTranslator({
      language,
      namespaces: ['certificate', 'offboarding', 'common'],
      load: (code, namespace) => CATALOGUES[code][namespace],
      escapeValues: true
    }).then((instance) => instance.getFixedT(language, 'certificate'))
    translators.set(language, translator)
  }
  return translator
}

/** The certificate's texts in each of its languages: the primary one first. */
export interface CertificateTexts {
  languages: CertificateLanguages
  /** One translator per language, in the same order. */
  each: CertificateT[]
}

/** Translators for a certificate's language(s). */
export async function certificateTexts(languages: CertificateLanguages): Promise<CertificateTexts> {
  return { languages, each: await Promise.all(languages.map(certificateText)) }
}
