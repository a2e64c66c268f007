/** The character that hides a digit of a masked identifier. */
export const MASK_CHAR = '*'

/** Hides all but the last four characters (at most half of a short value); empty stays empty. */
export function maskIdentifier(value: string): string {
  if (value === '') return ''
  const visible = Math.min(4, Math.floor(value.length / 2))
  return MASK_CHAR.repeat(value.length - visible) + value.slice(value.length - visible)
}
