import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { servicesAt } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { quarantineDir, quarantineFile } from '@main/services/quarantine'
import { tempDir } from '@test/support/temp-dir'

/** A household with one phone whose file was then set aside with `bytes` in it; the services reopened over it. */
async function setAsidePhone(bytes: (saved: string) => string) {
  const dataDir = tempDir()
  const { services } = await servicesAt(dataDir)
  const saved = await services.household.create(madeUpPhone({ nickname: 'Hall Redmi' }))
  const path = join(dataDir, 'devices', `${saved.id}.json`)
  const original = readFileSync(path, 'utf8')
  const { file } = quarantineFile(dataDir, path, { code: 'not-json' }, new Date('2026-02-01T10:00:00Z'))
  writeFileSync(join(quarantineDir(dataDir), file), bytes(original))
  const { services: reopened } = await servicesAt(dataDir)
  return { dataDir, file, id: saved.id, original, quarantine: reopened.quarantine, household: reopened.household }
}

describe('putting a quarantined file back', () => {
  it('says, as a code, that the file is still damaged', async () => {
    const { file, quarantine } = await setAsidePhone((original) => original.slice(0, 30))
    expect(await quarantine.restore(file)).toEqual({ restored: false, problem: { code: 'still-not-json' } })
  })

  it('names the field that still fails its check, with the check as a message key', async () => {
    const { file, quarantine } = await setAsidePhone((original) =>
      JSON.stringify({ ...(JSON.parse(original) as object), nickname: 'x'.repeat(201) })
    )
    expect(await quarantine.restore(file)).toEqual({
      restored: false,
      problem: { code: 'still-wrong-format', field: 'nickname', issue: { key: 'validation.tooLong', params: { maximum: 200 } } }
    })
  })

  it('refuses to replace a file already in its place, naming the place', async () => {
    const { dataDir, file, id, original, quarantine } = await setAsidePhone((text) => text)
    writeFileSync(join(dataDir, 'devices', `${id}.json`), original)
    expect(await quarantine.restore(file)).toEqual({
      restored: false,
      problem: { code: 'target-taken', path: `devices/${id}.json` }
    })
  })

  it('keeps a file it cannot tell the kind of', async () => {
    const dataDir = tempDir()
    const { services } = await servicesAt(dataDir)
    writeFileSync(join(dataDir, 'notes.json'), '{}')
    const { file } = quarantineFile(dataDir, join(dataDir, 'notes.json'), { code: 'wrong-format' }, new Date())
    expect(await services.quarantine.restore(file)).toEqual({ restored: false, problem: { code: 'unknown-kind' } })
  })

  it('puts a file that reads again back, and loads it', async () => {
    const { file, id, quarantine, household } = await setAsidePhone((text) => text)
    expect(await quarantine.restore(file)).toEqual({ restored: true, originalPath: `devices/${id}.json` })
    expect(household.current().devices.map((d) => d.nickname)).toEqual(['Hall Redmi'])
  })
})
