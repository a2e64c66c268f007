import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAttachmentService, type AttachmentService } from '@main/services/attachment-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createScriptedDialogs, type ScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { tempDir } from '../../support/temp-dir'

const PHONE = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'

let dataDir: string
let outside: string
let dialogs: ScriptedDialogs

function service(): AttachmentService {
  return createAttachmentService({ dataDir, storage: createConfStorage(), clock: { now: () => new Date('2025-04-02T10:00:00Z') }, dialogs })
}

function fileOutside(name: string, content: string): string {
  const path = join(outside, name)
  writeFileSync(path, content)
  return path
}

beforeEach(() => {
  dataDir = tempDir('handover-att-')
  outside = tempDir('handover-src-')
  dialogs = createScriptedDialogs()
})

describe('attachment service', () => {
  it('copies chosen receipts into the data folder and lists them after a restart, even when the originals are gone', async () => {
    const receipt = fileOutside('Receipt March.pdf', '%PDF-1.4 made-up receipt')
    const photo = fileOutside('box-label.JPG', 'jpeg bytes')
    dialogs.answerOpen([receipt, photo])
    const added = await service().add(PHONE)
    expect(added.map((a) => [a.name, a.size])).toEqual([
      ['Receipt March.pdf', 24],
      ['box-label.JPG', 10]
    ])
    expect(dialogs.shown).toEqual(['offboarding:lockedOut.attachments.dialogTitle'])
    rmSync(outside, { recursive: true, force: true })
    const listed = service().list(PHONE)
    expect(listed).toEqual(added)
    expect(readFileSync(join(dataDir, 'attachments', PHONE, listed[0].file), 'utf8')).toBe('%PDF-1.4 made-up receipt')
  })

  it('leaves the list unchanged when the dialog is cancelled, and refuses other file types', async () => {
    const att = service()
    expect(await att.add(PHONE)).toEqual([])
    dialogs.answerOpen([fileOutside('script.sh', 'echo')])
    await expect(att.add(PHONE)).rejects.toMatchObject({ code: 'invalid-input' })
    expect(att.list(PHONE)).toEqual([])
  })

  it('copies nothing when one of the chosen files is refused', async () => {
    dialogs.answerOpen([fileOutside('receipt.pdf', 'pdf'), fileOutside('notes.txt', 'text')])
    await expect(service().add(PHONE)).rejects.toMatchObject({ code: 'invalid-input' })
    expect(existsSync(join(dataDir, 'attachments', PHONE))).toBe(false)
  })

  it('removes the kept copy and its entry, and names its files for the trash', async () => {
    dialogs.answerOpen([fileOutside('a.png', 'png'), fileOutside('b.pdf', 'pdf')])
    const att = service()
    const [first, second] = await att.add(PHONE)
    expect(await att.remove(PHONE, first.id)).toEqual([second])
    expect(readdirSync(join(dataDir, 'attachments', PHONE))).toEqual([second.file])
    await expect(async () => att.remove(PHONE, first.id)).rejects.toMatchObject({ code: 'not-found' })
    expect(att.filesOf(PHONE)).toEqual([join('attachments', `${PHONE}.json`), join('attachments', PHONE)])
    expect(() => att.list('..')).toThrow(expect.objectContaining({ code: 'invalid-input' }))
  })

  it('sets aside a damaged list instead of overwriting it', () => {
    const path = join(dataDir, 'attachments', `${PHONE}.json`)
    mkdirSync(join(dataDir, 'attachments'))
    writeFileSync(path, '{"schemaVersion":1,"files":[{"id":')
    expect(service().list(PHONE)).toEqual([])
    expect(existsSync(path)).toBe(false)
    expect(readdirSync(join(dataDir, 'quarantine')).some((n) => n.endsWith(`${PHONE}.json`))).toBe(true)
  })
})
