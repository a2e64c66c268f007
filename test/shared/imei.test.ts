import { describe, expect, it } from 'vitest'
import { imeiProblem, luhnCheckDigit, passesLuhn } from '@shared/imei'
import { deviceInputSchema } from '@shared/device-schema'
import { zodIssueText } from '@shared/i18n/zod-error-map'
import { madeUpPhone } from '@harness/data/made-up-phones'

describe('IMEI checks', () => {
  it('accepts a 15-digit number with the right Luhn digit and computes that digit', () => {
    expect(luhnCheckDigit('49015420323751')).toBe('8')
    expect(imeiProblem('490154203237518')).toBeNull()
    expect(passesLuhn('490154203237518')).toBe(true)
  })

  it('names each kind of problem', () => {
    expect(imeiProblem('49015420323751')).toBe('length')
    expect(imeiProblem('4901542032375I8')).toBe('digits')
    expect(imeiProblem('490154203237519')).toBe('check-digit')
  })

  it('every single-digit typo is caught by the check digit', () => {
    const imei = '490154203237518'
    for (let i = 0; i < 15; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === imei[i]) continue
        const typo = imei.slice(0, i) + d + imei.slice(i + 1)
        expect(imeiProblem(typo)).toBe('check-digit')
      }
    }
  })

  it('the device schema refuses a wrong check digit on IMEI 2 and names the field', () => {
    const result = deviceInputSchema.safeParse(madeUpPhone({ imei2: '490154203237519' }))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['imei2'])
    expect(result.error && zodIssueText(result.error.issues[0])).toEqual({ key: 'validation.imeiCheckDigit', params: { expected: '8' } })
  })

  it('the device schema names how many digits a short IMEI has', () => {
    const result = deviceInputSchema.safeParse(madeUpPhone({ imei1: '1234' }))
    expect(result.error && zodIssueText(result.error.issues[0])).toEqual({ key: 'validation.imeiLength', params: { count: 4 } })
  })
})
