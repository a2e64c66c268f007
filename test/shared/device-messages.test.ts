import { describe, expect, it } from 'vitest'
import { NICKNAME_MAX } from '@shared/device-model'
import { deviceInputSchema, memberSchema } from '@shared/device-schema'
import { emptyDeviceInput } from '@shared/device-model'
import { zodIssueText } from '@shared/i18n/zod-error-map'
import { englishErrorText } from '../support/english'

const english = await englishErrorText()

/** What the phone form shows for each refused field, in English. */
const messages = (input: unknown) => {
  const parsed = deviceInputSchema.safeParse(input)
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${english(zodIssueText(issue))}`)
}

describe('what the phone record says about bad input', () => {
  it('says how long a nickname may be in words, not zod’s "Too big"', () => {
    const said = messages({ ...emptyDeviceInput(), nickname: 'n'.repeat(NICKNAME_MAX + 1) })
    expect(said).toEqual([`nickname: Keep it to ${NICKNAME_MAX} characters or fewer.`])
    const member = memberSchema.safeParse({ id: '0b7f6c1e-8a52-4d8e-9a43-3f0d2c9b1a11', name: 'm'.repeat(81) })
    expect(member.error && english(zodIssueText(member.error.issues[0]))).toBe('Keep it to 80 characters or fewer.')
  })

  it('names a missing nickname, a bad serial and a bad date with the schema’s own messages', () => {
    const said = messages({ ...emptyDeviceInput(), nickname: ' ', serial: 'AB/12', purchaseDate: '31.05.2024' })
    expect(said).toEqual([
      'nickname: Give the phone a nickname, such as "Mum\'s old phone".',
      'serial: A serial number has letters and digits only.',
      'purchaseDate: Use a date like 2024-05-31.'
    ])
  })

  it('accepts a new record whose brand, OS and region were never chosen, and saves them as unknown', () => {
    expect(messages({ ...emptyDeviceInput(), nickname: 'Spare phone' })).toEqual([])
    expect(emptyDeviceInput()).toMatchObject({ brand: '', osFamily: '', romRegion: 'unknown' })
  })
})
