import { describe, expect, it } from 'vitest'
import { describeQuarantined } from '@renderer/app/quarantine-names'
import type { QuarantineEntry } from '@shared/quarantine'
import { englishT } from '../../support/english'

const PHONE = '0b7f6c1e-8a52-4d8e-9a43-3f0d2c9b1a11'
const entry = (originalPath: string, nickname?: string): QuarantineEntry => ({
  file: 'set-aside.json',
  originalPath,
  at: '',
  problem: { code: 'not-json' },
  ...(nickname ? { nickname } : {})
})
const nicknames = (id: string): string | undefined => (id === PHONE ? 'Kitchen POCO' : undefined)

describe('describeQuarantined', () => {
  it('names the phone by the nickname still legible in the file, or by the phone Handover still lists', async () => {
    const t = await englishT()
    expect(describeQuarantined(entry('devices/11111111-2222-4333-8444-555555555555.json', 'Mum’s old phone'), nicknames, t)).toBe(
      'the record of Mum’s old phone'
    )
    expect(describeQuarantined(entry(`devices/${PHONE}.json`), nicknames, t)).toBe('the record of Kitchen POCO')
  })

  it('says what kind of record it was, never the file path, when the phone is unknown', async () => {
    const t = await englishT()
    const unknown = '11111111-2222-4333-8444-555555555555'
    const said = describeQuarantined(entry(`devices/${unknown}.json`), nicknames, t)
    expect(said).toBe('the record of one phone')
    expect(said).not.toContain(unknown)
    expect(describeQuarantined(entry('household.json'), nicknames, t)).toBe('the list of household members')
    expect(describeQuarantined(entry('unknown'), nicknames, t)).toBe('one of Handover’s files')
  })
})
