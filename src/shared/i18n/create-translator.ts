import i18next, { type BackendModule, type i18n, type Module } from 'i18next'
import type { Catalogue, Namespace } from './catalogues'
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from './languages'

/** Reads one namespace of one language: at once in the main process, on demand (a chunk) in the renderer. */
export type CatalogueLoader = (language: LanguageCode, namespace: Namespace) => Catalogue | Promise<Catalogue>

/** How a translator is set up. */
export interface TranslatorOptions {
  language: LanguageCode
  namespaces: readonly Namespace[]
  defaultNamespace?: Namespace
  load: CatalogueLoader
  /** Catalogues already in hand (the renderer's first screen), used without calling `load`. */
  bundled?: Partial<Record<LanguageCode, Partial<Record<Namespace, Catalogue>>>>
  /** HTML-escape interpolated values: on for HTML built as text (the certificate), off for React, which escapes itself. */
  escapeValues?: boolean
  /** Extra i18next modules, such as react-i18next's binding. */
  plugins?: readonly Module[]
  /** Languages beyond Handover's own that `changeLanguage` may switch to (the test builds' pseudo language); `load` serves them. */
  extraLanguages?: readonly string[]
}

/**
 * The one way both processes translate: an i18next instance over Handover's catalogues, falling back to English for a
 * missing key, with plural forms by the language's own rules (Intl.PluralRules).
 */
export async function createTranslator(options: TranslatorOptions): Promise<i18n> {
  const instance = i18next.createInstance()
  const backend: BackendModule = {
    type: 'backend',
    init: () => undefined,
    read(language, namespace, callback) {
      Promise.resolve()
        .then(() => options.load(language as LanguageCode, namespace as Namespace))
        .then(
          (catalogue) => callback(null, catalogue),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null)
        )
    }
  }
  instance.use(backend)
  for (const plugin of options.plugins ?? []) instance.use(plugin)
  await instance.init({
    lng: options.language,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...LANGUAGES.map((language) => language.code), ...(options.extraLanguages ?? [])],
    load: 'currentOnly',
    ns: [...options.namespaces],
    defaultNS: options.defaultNamespace ?? options.namespaces[0],
    resources: options.bundled,
    partialBundledLanguages: true,
    interpolation: { escapeValue: options.escapeValues ?? false },
    returnNull: false
  })
  return instance
}
