import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { legibleNickname } from '@main/services/quarantine'
import { servicesAt } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { tempDir } from '../../support/temp-dir'

describe('a damaged phone record set aside at start', () => {
  it('is reported with the nickname still legible in it', async () => {
    const dataDir = tempDir()
    const { services } = await servicesAt(dataDir)
    const saved = await services.household.create(madeUpPhone({ nickname: 'Mum’s "old" phone' }))
    const file = join(dataDir, 'devices', `${saved.id}.json`)
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))

    const { services: again } = await servicesAt(dataDir)
    const [entry] = again.household.current().quarantinedNow
    expect(entry).toMatchObject({ originalPath: join('devices', `${saved.id}.json`), nickname: 'Mum’s "old" phone' })
    expect(readdirSync(join(dataDir, 'quarantine')).some((name) => name.endsWith('.why.json'))).toBe(true)
  })

  it('has no nickname when none can be read, and never fails for it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.json'), '\u0000\u0001 binary')
    writeFileSync(join(dir, 'b.json'), '{"nickname": "unterminated')
    expect(legibleNickname(join(dir, 'a.json'))).toBeUndefined()
    expect(legibleNickname(join(dir, 'b.json'))).toBeUndefined()
    expect(legibleNickname(join(dir, 'missing.json'))).toBeUndefined()
  })
})
