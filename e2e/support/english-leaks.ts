import { CATALOGUES, NAMESPACES } from '@shared/i18n/catalogues'
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'

/** Names that read the same in every language, and each language's own name (the language picker, the certificate). */
const NAMES = [
  ...['Handover', 'Xiaomi', 'Redmi', 'POCO', 'HyperOS', 'MIUI', 'Google', 'Android', 'USB', 'IMEI', 'PDF', 'QR', 'adb'],
  ...LANGUAGES.map((language) => language.nativeName)
]

/** Every string inside a JSON value: a catalogue's texts, a made-up record's fields. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

const LATIN = '\\p{Script=Latin}'
const LATIN_WORD = new RegExp(`${LATIN}[${LATIN}'’-]*`, 'gu')
/** Latin words in a row, separated by spaces or light punctuation only. */
const LATIN_RUN = new RegExp(`${LATIN}[${LATIN}'’-]*(?:[ ,/&]+${LATIN}[${LATIN}'’-]*)*`, 'gu')
/** A file path: the user's own names, not words. */
const PATH = /(?:^|\s)(?:[A-Za-z]:)?[\\/]\S+/g
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wordCount = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0
const lower = (text: string) => text.toLocaleLowerCase('en')

/** The literal pieces of a catalogue text: what stands between its {{placeholders}}, $t() nestings, <tags> and line breaks. */
function piecesOf(text: string): string[] {
  return text
    .split(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>|\n/)
    .map((piece) => piece.replace(/^[\s.,:;!?()«»"“”‘’'—–-]+|[\s.,:;!?()«»"“”‘’'—–-]+$/gu, ''))
    .filter((piece) => piece !== '')
}

/** Every text of `language`'s catalogues, all namespaces. */
function textsOf(language: LanguageCode): string[] {
  return NAMESPACES.flatMap((namespace) => stringsIn(CATALOGUES[language][namespace]))
}

/** Removes each of `pieces` (longest first) where it stands as whole words. */
function without(text: string, pieces: readonly string[]): string {
  let rest = text
  for (const piece of pieces) {
    if (!rest.includes(piece)) continue
    rest = rest.replace(new RegExp(`(?<!${LATIN})${escape(piece)}(?!${LATIN})`, 'gu'), ' ')
  }
  return rest
}

const longestFirst = (pieces: Iterable<string>) => [...new Set(pieces)].sort((a, b) => b.length - a.length)

/**
 * A finder of English in what the app shows in `languages` (one, or a bilingual certificate's two): an English catalogue
 * text (placeholders stripped) of three words or more that the languages' own catalogues do not also hold; a whole line
 * that is an English catalogue text; and Latin words in a row (two, or one where no language is written in Latin) with
 * a word only English uses, left once the languages' own texts, proper names and the `data` (made-up records, what the
 * test typed) are taken out. File paths are never words. It returns the English it finds in a text, none when clean.
 */
export function englishFinder(languages: readonly LanguageCode[], data: readonly string[]): (text: string) => string[] {
  const allowed = [...NAMES, ...data]
  const own = languages.flatMap(textsOf)
  const ownText = lower(own.join('\n'))
  const ownPieces = longestFirst([...own.flatMap(piecesOf), ...allowed])
  const english = textsOf(SOURCE_LANGUAGE)
  const englishPieces = longestFirst(english.flatMap(piecesOf).filter((piece) => wordCount(piece) >= 3 && !ownText.includes(lower(piece))))
  const ownLines = new Set([...own, ...allowed])
  const englishLines = new Set(english.filter((text) => !ownLines.has(text) && /\p{L}{3}/u.test(text)))
  const vocabulary = (texts: readonly string[]) =>
    new Set(texts.flatMap(piecesOf).flatMap((piece) => (piece.match(LATIN_WORD) ?? []).map(lower)))
  const ownWords = vocabulary([...own, ...allowed])
  const englishOnly = new Set([...vocabulary(english)].filter((word) => word.length >= 3 && !ownWords.has(word)))
  const shortestRun = languages.some((language) => new Intl.Locale(language).maximize().script === 'Latn') ? 2 : 1
  const allowedLines = new Set(allowed)
  const found = new Map<string, string[]>()
  return (text) => {
    const known = found.get(text)
    if (known) return known
    const leaks: string[] = []
    if (!allowedLines.has(text)) {
      if (englishLines.has(text)) leaks.push(text)
      for (const piece of englishPieces) if (text.includes(piece) && !leaks.some((leak) => leak.includes(piece))) leaks.push(piece)
      for (const run of without(text.replace(PATH, ' '), ownPieces).match(LATIN_RUN) ?? []) {
        const words = run.match(LATIN_WORD) ?? []
        if (words.length >= shortestRun && words.some((word) => englishOnly.has(lower(word))) && !leaks.some((leak) => leak.includes(run)))
          leaks.push(run)
      }
    }
    found.set(text, leaks)
    return leaks
  }
}
