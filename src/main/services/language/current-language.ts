import type { i18n, TFunction } from 'i18next'
import { CATALOGUES, NAMESPACES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import type { LanguageCode } from '@shared/i18n/languages'

/** The main process's language: what menus, dialogs and messages are written in, switched in place. */
export interface CurrentLanguage {
  /** The language in use. */
  readonly language: LanguageCode
  /** Translates a key ("namespace:key" or a key of `common`) in the current language. */
  readonly t: TFunction
  /** Switches to `language`; listeners (the menu) hear of it once the catalogues are in place. */
  set(language: LanguageCode): Promise<void>
  /** Calls `listener` after every switch; returns the unsubscribe. */
  onChange(listener: (language: LanguageCode) => void): () => void
}

/** A translator over every bundled catalogue, starting in `language`. */
export async function createCurrentLanguage(language: LanguageCode): Promise<CurrentLanguage> {
  const instance: i18n = await createTranslator({
    language,
    namespaces: NAMESPACES,
    defaultNamespace: 'common',
    load: (code, namespace) => CATALOGUES[code][namespace]
  })
  const listeners = new Set<(language: LanguageCode) => void>()
  return {
    get language() {
      return instance.language as LanguageCode
    },
    get t() {
      return instance.t
    },
    async set(next) {
      await instance.changeLanguage(next)
      for (const listener of listeners) listener(next)
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
