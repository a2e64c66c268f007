import type { PaperSize } from './content'

/**
 * Regions whose everyday paper is US Letter, from CLDR's supplemental measurement data (Unicode UTS #35, Part 6:
 * `<paperSize type="US-Letter" territories="BZ CA CL CO CR GT MX NI PA PH PR SV US VE"/>`); A4 is the world default (001).
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE'])

/** The region a locale tag names, upper-case, or undefined when it names none or is not a valid tag. */
function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region?.toUpperCase()
  } catch {
    return undefined
  }
}

/**
 * The paper a household most likely has, from the computer's preferred locales (`navigator.languages`): it follows the
 * first region named, not the app's language (a Spanish speaker in Mexico prints on Letter, one in Spain on A4).
 */
export function defaultPaperSize(locales: readonly string[]): PaperSize {
  for (const tag of locales) {
    const region = regionOf(tag)
    if (region) return LETTER_REGIONS.has(region) ? 'Letter' : 'A4'
  }
  return 'A4'
}
