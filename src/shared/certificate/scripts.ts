/** The scripts beyond Latin that a certificate may hold: its languages' and the owner's own text (names, reasons). */
export const SCRIPTS = ['han', 'devanagari', 'cyrillic', 'arabic'] as const
/** A script the certificate may need a font for. */
export type Script = (typeof SCRIPTS)[number]

const PATTERNS: Record<Script, RegExp> = {
  han: /\p{Script=Han}/u,
  devanagari: /\p{Script=Devanagari}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
  arabic: /\p{Script=Arabic}/u
}

/** The scripts of SCRIPTS that occur in `text`. */
export function scriptsIn(text: string): Script[] {
  return SCRIPTS.filter((script) => PATTERNS[script].test(text))
}
