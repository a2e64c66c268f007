import type { Catalogue } from '@shared/i18n/catalogues'

/** i18next's plural suffixes: `phones_one`, `phones_other`, … are one key to the code. */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/** Every leaf of a catalogue as "dotted.key" → value (a leaf that is not a string is marked so a test names it). */
export function catalogueLeaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>()
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') leaves.set(path, value)
    else if (value && typeof value === 'object')
      for (const [inner, text] of catalogueLeaves(value as Catalogue, path)) leaves.set(inner, text)
    else leaves.set(path, `<not a string: ${typeof value}>`)
  }
  return leaves
}
