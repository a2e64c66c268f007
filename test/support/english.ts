import type { TFunction } from 'i18next'
import { createCurrentLanguage } from '../../src/main/services/language/current-language'

/** The app's English strings as a `t` over every namespace, for testing functions that take one. */
export async function englishT(): Promise<TFunction> {
  return (await createCurrentLanguage('en')).t
}
