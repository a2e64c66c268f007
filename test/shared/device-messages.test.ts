import { describe, expect, it } from 'vitest'
import { NICKNAME_MAX } from '../../src/shared/device-model'
import { deviceInputSchema, memberSchema } from '../../src/shared/device-schema'
import { emptyDeviceInput } from '../../src/shared/device-model'

const messages = (input: unknown) => {
  const parsed = deviceInputSchema.safeParse(input)
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('what the phone record says about bad input', () => {
  it('says how long a nickname may be in words, not zod’s "Too big"', () => {
    const said = messages({ ...emptyDeviceInput(), nickname: 'n'.repeat(NICKNAME_MAX + 1) })
    expect(said).toEqual([`nickname: Keep it to ${NICKNAME_MAX} characters or fewer.`])
    expect(memberSchema.safeParse({ id: '0b7f6c1e-8a52-4d8e-9a43-3f0d2c9b1a11', name: 'm'.repeat(81) }).error?.issues[0]?.message).toBe('Keep it to 80 characters or fewer.')
  })

  it('accepts a new record whose brand, OS and region were never chosen, and saves them as unknown', () => {
    expect(messages({ ...emptyDeviceInput(), nickname: 'Spare phone' })).toEqual([])
    expect(emptyDeviceInput()).toMatchObject({ brand: '', osFamily: '', romRegion: 'unknown' })
  })
})
