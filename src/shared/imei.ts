/** Why an IMEI was refused, or null when it is valid. */
export type ImeiProblem = 'length' | 'digits' | 'check-digit' | null

/** True when the digit string passes the Luhn check. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** The Luhn check digit that completes the given 14 digits. */
export function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(body + d)) return String(d)
  throw new Error('unreachable')
}

/** Checks an IMEI: 15 digits whose last one is the Luhn check digit. */
export function imeiProblem(value: string): ImeiProblem {
  if (!/^\d*$/.test(value)) return 'digits'
  if (value.length !== 15) return 'length'
  return passesLuhn(value) ? null : 'check-digit'
}
