import { describe, expect, it } from 'vitest'
import { generateHousehold } from '@bench/household-generator'
import { neighbourOf } from '@renderer/features/dashboard/neighbour'
import { summarise } from '@shared/device-model'

const phones = generateHousehold(3, 5).devices.map(summarise)
const [first, second, third] = phones.map((d) => d.id)

describe('neighbourOf', () => {
  it('names the phone after the one leaving the list, the one before it at the end, and none when it was alone or not listed', () => {
    expect(neighbourOf(phones, first)).toBe(second)
    expect(neighbourOf(phones, second)).toBe(third)
    expect(neighbourOf(phones, third)).toBe(second)
    expect(neighbourOf(phones.slice(0, 1), first)).toBeNull()
    expect(neighbourOf(phones, 'not-listed')).toBeNull()
  })
})
