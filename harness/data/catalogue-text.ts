import { CATALOGUES, type Namespace } from '@shared/i18n/catalogues'
import type { LanguageCode } from '@shared/i18n/languages'

/** A catalogue's text for a dotted key ("page.title"), so tests expect what the language's catalogue says. */
export function catalogueText(language: LanguageCode, namespace: Namespace, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGUES[language][namespace])
  if (typeof value !== 'string') throw new Error(`No text at ${language}/${namespace}:${key}`)
  return value
}
