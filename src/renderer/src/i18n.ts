import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

const modules = import.meta.glob<{ default: Record<string, unknown> }>('../../shared/locales/en/*.json', { eager: true })

/** Every English namespace, keyed by file name (common, offboarding, certificate, …). */
export const englishResources = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), module.default])
)

/** Starts i18next with the English resources; every UI string goes through it. */
export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: Object.keys(englishResources),
    defaultNS: 'common',
    resources: { en: englishResources },
    interpolation: { escapeValue: false },
    returnNull: false
  })
}
