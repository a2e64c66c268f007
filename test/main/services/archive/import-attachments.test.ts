import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillHousehold, servicesAt } from '@harness/data/full-household'
import { tempDir } from '@test/support/temp-dir'
import { exportedArchive, openedImport } from '@harness/services/through-dialogs'

type Bundle = {
  deviceId: string
  list: { files: Array<{ id: string; file: string; size: number }> }
  files: Array<{ file: string; data: string }>
}

/** An export of a filled household, parsed, with its one attachment bundle. */
async function exported() {
  const { services, dialogs } = await servicesAt(tempDir())
  const ids = await fillHousehold(services, dialogs, tempDir())
  const archive = JSON.parse(await exportedArchive(services.archive, dialogs)) as { records: { attachments: Bundle[] } }
  return { archive, bundle: archive.records.attachments[0], ids }
}

async function importInto(dataDir: string, archive: unknown) {
  const file = join(tempDir(), 'crafted.handover')
  writeFileSync(file, JSON.stringify(archive))
  const { services, dialogs } = await servicesAt(dataDir)
  const opened = await openedImport(services.archive, dialogs, file)
  await services.archive.previewImport(opened.token)
  return services.archive.applyImport(opened.token)
}

const payload = Buffer.from('MZ not really a program').toString('base64')

describe('importing attachments', () => {
  it('writes only the files the bundle lists: orphan .exe, .html and .scr files are not written', async () => {
    const { archive, bundle } = await exported()
    const listed = bundle.list.files.map((f) => f.file)
    for (const ext of ['exe', 'html', 'scr']) bundle.files.push({ file: `0b7d5c1a-2f3e-4a5b-8c6d-7e8f9a0b1c2d.${ext}`, data: payload })
    const dataDir = tempDir()
    await importInto(dataDir, archive)
    expect(readdirSync(join(dataDir, 'attachments', bundle.deviceId)).sort()).toEqual([...listed].sort())
  })

  it('refuses a bundle that lists a file type Handover does not keep, and writes nothing', async () => {
    const { archive, bundle } = await exported()
    const entry = bundle.list.files[0]
    const data = bundle.files.find((f) => f.file === entry.file)!
    entry.file = entry.file.replace(/\.[a-z0-9]+$/, '.html')
    data.file = entry.file
    const dataDir = tempDir()
    await expect(importInto(dataDir, archive)).rejects.toThrow(/PDF and image files only|file type/)
    expect(readdirSync(dataDir).filter((name) => name === 'attachments')).toEqual([])
  })
})
