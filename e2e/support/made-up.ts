import { luhnCheckDigit } from '@shared/imei'

/** A made-up but valid IMEI (correct Luhn digit) ending in the given digits before the check digit. */
export function madeUpImei(body14: string): string {
  if (!/^\d{14}$/.test(body14)) throw new Error('14 digits expected')
  return body14 + luhnCheckDigit(body14)
}

/** The same IMEI with a wrong check digit. */
export function withWrongCheckDigit(imei: string): string {
  return imei.slice(0, 14) + String((Number(imei[14]) + 1) % 10)
}
