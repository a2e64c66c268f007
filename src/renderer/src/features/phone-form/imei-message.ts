import type { TFunction } from 'i18next'
import { imeiProblem, luhnCheckDigit } from '../../../../shared/imei'

/** The translated problem with an IMEI field, or undefined when it is empty or valid. */
export function imeiMessage(value: string, t: TFunction): string | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  const problem = imeiProblem(trimmed)
  if (!problem) return undefined
  return t(`form.imei.${problem}`, { count: trimmed.length, expected: problem === 'check-digit' ? luhnCheckDigit(trimmed.slice(0, 14)) : '' })
}
