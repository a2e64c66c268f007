import type { i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Catalogue, Namespace } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'
import { PSEUDO_LANGUAGE, pseudoCatalogue } from '@shared/i18n/pseudo-locale'
import { setAppTranslator } from './components/app-language'

/** Every catalogue file of every language, each its own chunk, fetched when its language and namespace are first needed. */
const files = import.meta.glob<{ default: Catalogue }>('../../shared/locales/*/*.json')

/** The namespaces the first screen (dashboard, phone form) needs: loaded before it renders, so no other language flashes. */
const FIRST_SCREEN: readonly Namespace[] = ['common', 'offboarding']

/** True in test builds, which also speak the pseudo language (accented, longer English) to find clipped text. */
export const SPEAKS_PSEUDO = import.meta.env.MODE === 'test'

async function loadFile(language: string, namespace: Namespace): Promise<Catalogue> {
  const load = files[`../../shared/locales/${language}/${namespace}.json`]
  if (!load) throw new Error(`No ${namespace} strings for ${language}`)
  return (await load()).default
}

async function loadCatalogue(language: LanguageCode, namespace: Namespace): Promise<Catalogue> {
  if (SPEAKS_PSEUDO && (language as string) === PSEUDO_LANGUAGE) return pseudoCatalogue(await loadFile(SOURCE_LANGUAGE, namespace))
  return loadFile(language, namespace)
}

/** `<html lang>` and `dir` follow the translator's language. */
function followDocumentLanguage(translator: i18n): void {
  const apply = (language: string) => {
    document.documentElement.lang = language
    document.documentElement.dir = translator.dir(language)
  }
  apply(translator.language)
  translator.on('languageChanged', apply)
}

/** Starts the renderer's translator in `language`, with the first screen's namespaces loaded; the others load on first use. */
export async function initI18n(language: LanguageCode): Promise<i18n> {
  const translator = await createTranslator({
    language,
    namespaces: FIRST_SCREEN,
    defaultNamespace: 'common',
    load: loadCatalogue,
    plugins: [initReactI18next],
    extraLanguages: SPEAKS_PSEUDO ? [PSEUDO_LANGUAGE] : []
  })
  followDocumentLanguage(translator)
  setAppTranslator(translator)
  // Test builds let a spec re-render the open screen in another language without leaving it (the zh-CN axe walk).
  if (SPEAKS_PSEUDO) Object.assign(globalThis, { __handoverShowIn: (code: string) => translator.changeLanguage(code) })
  return translator
}
