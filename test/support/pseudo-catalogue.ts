import type * as Catalogues from '@shared/i18n/catalogues'
import type { Catalogue, Namespace } from '@shared/i18n/catalogues'
import type { LanguageCode } from '@shared/i18n/languages'

/** Accented filler of about `length` characters, in words of four, so lines can still break. */
function filler(length: number): string {
  const words = Math.round(length / 5)
  return words > 0 ? ` ${Array.from({ length: words }, () => 'ŵŵŵŵ').join(' ')}` : ''
}

/**
 * A pseudo-translation of a language's catalogues: every text marked "⟦tag …⟧" with its placeholders kept and, with
 * `growth`, that much longer in all (marks included), so a test tells the second language's lines apart and sees how
 * longer translations lay out.
 */
export function pseudoCatalogues(source: Record<Namespace, Catalogue>, tag: string, growth = 0): Record<Namespace, Catalogue> {
  const pseudo = (value: unknown): unknown => {
    if (typeof value === 'string') return `⟦${tag} ${value}${filler(value.length * growth - tag.length - 3)}⟧`
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pseudo(item)]))
    return value
  }
  return pseudo(source) as Record<Namespace, Catalogue>
}

/** The catalogues module with one language replaced by pseudo-English, for `vi.mock` of `src/shared/i18n/catalogues`. */
export function withPseudoLanguage(actual: typeof Catalogues, language: LanguageCode, growth = 0): typeof Catalogues {
  return { ...actual, CATALOGUES: { ...actual.CATALOGUES, [language]: pseudoCatalogues(actual.CATALOGUES.en, language, growth) } }
}
