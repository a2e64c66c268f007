import i18next, { type BackendModule } from 'i18next'
import { initReactI18next } from 'react-i18next'

type Namespace = Record<string, unknown>

/** Namespaces the first screen (dashboard, phone form) needs: bundled with it. */
const firstScreen = import.meta.glob<{ default: Namespace }>(['../../shared/locales/en/common.json', '../../shared/locales/en/offboarding.json'], { eager: true })
/** The other namespaces, each its own chunk, for what is loaded later (USB check, certificates, records dialogs, Settings). */
const later = import.meta.glob<{ default: Namespace }>(['../../shared/locales/en/*.json', '!../../shared/locales/en/common.json', '!../../shared/locales/en/offboarding.json'])

const namespaceOf = (path: string) => path.replace(/^.*\/(.+)\.json$/, '$1')
const bundled = Object.fromEntries(Object.entries(firstScreen).map(([path, module]) => [namespaceOf(path), module.default]))
const loaders = new Map(Object.entries(later).map(([path, load]) => [namespaceOf(path), load]))

/** Loads a namespace that is not bundled when a screen first asks for it (the screen waits in its Suspense). */
const lazyNamespaces: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(_language, namespace, callback) {
    const load = loaders.get(namespace)
    if (!load) return callback(new Error(`No strings for ${namespace}`), null)
    load().then((module) => callback(null, module.default), (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null))
  }
}

/** Starts i18next with the first screen's English strings; the other namespaces load on first use. Every UI string goes through it. */
export async function initI18n(): Promise<void> {
  await i18next
    .use(initReactI18next)
    .use(lazyNamespaces)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      ns: Object.keys(bundled),
      defaultNS: 'common',
      resources: { en: bundled },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false
    })
}
