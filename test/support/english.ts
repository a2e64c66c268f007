import type { TFunction } from 'i18next'
import { createCurrentLanguage } from '@main/services/language/current-language'
import { errorText, type Translate } from '@shared/i18n/error-text'
import type { ErrorText } from '@shared/result'

/** The app's English strings as a `t` over every namespace, for testing functions that take one. */
export async function englishT(): Promise<TFunction> {
  return (await createCurrentLanguage('en')).t
}

/** An error's message as the English reader sees it (key, params and place put together). */
export async function englishErrorText(): Promise<(text: ErrorText) => string> {
  const t = (await englishT()) as unknown as Translate
  return (text) => errorText(t, text)
}
