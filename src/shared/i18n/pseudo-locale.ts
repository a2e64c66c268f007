import type { Catalogue } from './catalogues'

/** The pseudo language's tag (the conventional "accented English" pseudo-locale): test builds only, never offered to users. */
export const PSEUDO_LANGUAGE = 'en-XA'

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]
  ])
)
const VOWELS = new Set('aeiouyAEIOUY')
/** What must pass through unchanged: i18next placeholders, nesting, and the markup `<Trans>` fills in. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[a-zA-Z0-9]+\s*\/?>)/

/** One string in pseudo form: every letter accented, vowels doubled (about 40 % longer), bracketed; placeholders kept. */
export function pseudoText(text: string): string {
  const parts = text
    .split(PROTECTED)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : [...part].map((char) => (ACCENTED[char] ? (VOWELS.has(char) ? ACCENTED[char].repeat(2) : ACCENTED[char]) : char)).join('')
    )
  return `[${parts.join('')}]`
}

/** A whole catalogue in pseudo form, keys unchanged. */
export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  const convert = (value: unknown): unknown =>
    typeof value === 'string'
      ? pseudoText(value)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]))
        : value
  return convert(catalogue) as Catalogue
}
