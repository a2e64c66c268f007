import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from '@main/services/atomic-file'
import { fillHousehold, servicesAt } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { snapshotFolder, tempDir } from '../../support/temp-dir'

afterEach(() => void vi.useRealTimers())

/** Every entry under `dir` with its permission bits, links included but not followed. */
function modes(dir: string): Array<{ path: string; kind: 'file' | 'dir'; mode: number }> {
  const out: Array<{ path: string; kind: 'file' | 'dir'; mode: number }> = []
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name)
      if (entry.isSymbolicLink()) continue
      out.push({ path: relative(dir, path), kind: entry.isDirectory() ? 'dir' : 'file', mode: lstatSync(path).mode & 0o777 })
      if (entry.isDirectory()) walk(path)
    }
  }
  walk(dir)
  return out
}

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('keeps files 0600 and folders 0700 (HANDOVER_DATA_DIR and portable installs have no private parent folder)', async () => {
    const dataDir = join(tempDir(), 'data')
    const { services, dialogs } = await servicesAt(dataDir)
    await fillHousehold(services, dialogs, tempDir())
    await services.backups.create('manual')
    writeFileSync(join(dataDir, 'devices', '0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d.json'), '{"cut')
    await services.household.load()
    const entries = modes(dataDir)
    expect(entries.some((e) => e.path.startsWith('quarantine'))).toBe(true)
    expect(entries.some((e) => e.path.startsWith('backups'))).toBe(true)
    expect(entries.filter((e) => e.kind === 'file' && e.mode !== 0o600)).toEqual([])
    expect(entries.filter((e) => e.kind === 'dir' && e.mode !== 0o700)).toEqual([])
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700)
  })

  it('starts despite a symlink loop and a dangling link, never copies linked files into backups, and reports the links', async () => {
    const dataDir = tempDir()
    const outside = tempDir()
    writeFileSync(join(outside, 'secret.txt'), 'not Handover data')
    const { services: seed } = await servicesAt(dataDir)
    await seed.household.create(madeUpPhone())
    symlinkSync(join(dataDir, 'loop-b'), join(dataDir, 'loop-a'))
    symlinkSync(join(dataDir, 'loop-a'), join(dataDir, 'loop-b'))
    symlinkSync(join(dataDir, 'gone'), join(dataDir, 'devices', 'dangling.json'))
    symlinkSync(join(outside, 'secret.txt'), join(dataDir, 'notes.txt'))

    const { services } = await servicesAt(dataDir)
    expect(services.household.current().devices).toHaveLength(1)
    expect(services.household.current().skippedLinks.sort()).toEqual(
      [join('devices', 'dangling.json'), 'loop-a', 'loop-b', 'notes.txt'].sort()
    )
    const backup = await services.backups.create('manual')
    const copied = snapshotFolder(join(dataDir, 'backups', backup.id, 'data'))
    expect(Object.values(copied).map((b64) => Buffer.from(b64, 'base64').toString())).not.toContain('not Handover data')
    expect(Object.keys(copied).some((path) => path.includes('notes') || path.includes('loop') || path.includes('dangling'))).toBe(false)
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('not Handover data')
  })

  it('does not copy into or delete from a symlinked attachments folder outside the data folder', async () => {
    const dataDir = tempDir()
    const outside = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    const phone = await services.household.create(madeUpPhone())
    writeFileSync(join(outside, `${phone.id}.json`), JSON.stringify({ schemaVersion: 1, files: [] }))
    mkdirSync(join(outside, phone.id))
    writeFileSync(join(outside, phone.id, 'keep.pdf'), 'outside file')
    symlinkSync(outside, join(dataDir, 'attachments'))
    const receipt = join(tempDir(), 'receipt.pdf')
    writeFileSync(receipt, '%PDF-1.4 made-up receipt\n')
    const before = snapshotFolder(outside)

    dialogs.answerOpen([receipt])
    await expect(services.attachments.add(phone.id)).rejects.toThrow(/link/)
    await expect(services.household.remove(phone.id)).resolves.toMatchObject({ undoToken: expect.any(String) })
    expect(snapshotFolder(outside)).toEqual(before)
  })

  it('writes temp files under a random name opened exclusively, so a planted link at a predictable name is not followed', () => {
    const dir = tempDir()
    const outside = tempDir()
    writeFileSync(join(outside, 'victim.txt'), 'untouched')
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] })
    const target = join(dir, 'export.handover')
    symlinkSync(join(outside, 'victim.txt'), `${target}.${process.pid}.${Date.now()}.tmp`)
    writeFileAtomic(target, 'the export')
    expect(readFileSync(target, 'utf8')).toBe('the export')
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('untouched')
  })

  it('cleans leftover temp files of interrupted writes in every store folder, and nothing else', async () => {
    const dataDir = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    const ids = await fillHousehold(services, dialogs, tempDir())
    const leftovers = [
      'household.json.tmp-1234567890abcdef',
      join('runs', `${ids.sold}.json.tmp-1234567890abcdef`),
      join('attachments', `${ids.sold}.json.tmp-1234567890abcdef`),
      join('certificates', ids.sold, `${ids.certificateId}.json.tmp-1234567890abcdef`),
      join('devices', `${ids.sold}.json.tmp-1234567890abcdef`)
    ]
    const before = snapshotFolder(dataDir)
    for (const leftover of leftovers) writeFileSync(join(dataDir, leftover), 'partial')
    await services.household.load()
    for (const leftover of leftovers) expect(existsSync(join(dataDir, leftover)), leftover).toBe(false)
    expect(snapshotFolder(dataDir)).toEqual(before)
  })
})
