import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { quarantineReasonText } from '@renderer/features/records/quarantine-text'
import { listQuarantine, quarantineDir, quarantineFile, readProblemOf } from '@main/services/quarantine'
import { CATALOGUES, NAMESPACES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { tempDir } from '../../support/temp-dir'

/** A note as Handover wrote it before notes carried a code: the reason in English words. */
function writeOldNote(dataDir: string, file: string, reason: string): void {
  mkdirSync(quarantineDir(dataDir), { recursive: true })
  writeFileSync(join(quarantineDir(dataDir), file), '{"nickname": "Hall Re')
  const note = { file, originalPath: join('devices', file), at: '2025-11-02T09:00:00.000Z', reason }
  writeFileSync(join(quarantineDir(dataDir), `${file}.why.json`), JSON.stringify(note, null, 2))
}

const spanish = async () =>
  (await createTranslator({ language: 'es', namespaces: NAMESPACES, load: (code, namespace) => CATALOGUES[code][namespace] })).getFixedT(
    'es',
    'records'
  )

describe('the notes beside quarantined files', () => {
  it('are written as a code, never as words', () => {
    const dataDir = tempDir()
    mkdirSync(join(dataDir, 'devices'))
    writeFileSync(join(dataDir, 'devices', 'a.json'), '{')
    const entry = quarantineFile(dataDir, join(dataDir, 'devices', 'a.json'), { code: 'not-json' }, new Date('2026-01-05T08:00:00Z'))
    expect(entry.problem).toEqual({ code: 'not-json' })
    expect(Object.keys(entry)).not.toContain('reason')
  })

  it('name the problem of the error that set a file aside', () => {
    expect(readProblemOf(new SyntaxError('Unexpected end'))).toEqual({ code: 'not-json' })
    expect(readProblemOf(Object.assign(new Error('bad'), { name: 'ZodError' }))).toEqual({ code: 'wrong-format' })
    expect(readProblemOf(Object.assign(new Error('denied'), { code: 'EACCES' }))).toEqual({ code: 'unreadable', errno: 'EACCES' })
    expect(readProblemOf('thrown text')).toEqual({ code: 'unusable' })
  })

  it('written by an older Handover in English are read as their codes, and an unknown one is kept as it was written', async () => {
    const dataDir = tempDir()
    writeOldNote(dataDir, '1-a.json', 'The file is damaged: it is not complete, valid JSON.')
    writeOldNote(dataDir, '2-b.json', 'The file does not match the expected record format.')
    writeOldNote(dataDir, '3-c.json', 'The file could not be read (EPERM).')
    writeOldNote(dataDir, '4-d.json', 'The file could not be used.')
    writeOldNote(dataDir, '5-e.json', 'Moved here by hand after the flood.')
    const problems = Object.fromEntries((await listQuarantine(dataDir)).map((entry) => [entry.file, entry.problem]))
    expect(problems).toEqual({
      '1-a.json': { code: 'not-json' },
      '2-b.json': { code: 'wrong-format' },
      '3-c.json': { code: 'unreadable', errno: 'EPERM' },
      '4-d.json': { code: 'unusable' },
      '5-e.json': { code: 'as-written', text: 'Moved here by hand after the flood.' }
    })
  })

  it('from an older Handover are said in Spanish, the unknown one in its own words', async () => {
    const dataDir = tempDir()
    writeOldNote(dataDir, '1-a.json', 'The file is damaged: it is not complete, valid JSON.')
    writeOldNote(dataDir, '2-b.json', 'Moved here by hand after the flood.')
    const t = await spanish()
    expect((await listQuarantine(dataDir)).map((entry) => quarantineReasonText(entry, t)).sort()).toEqual([
      'El archivo está dañado: no es JSON completo y válido.',
      'Moved here by hand after the flood.'
    ])
  })

  it('that are missing, damaged or hostile still list the file, saying no note says why', async () => {
    const dataDir = tempDir()
    mkdirSync(quarantineDir(dataDir), { recursive: true })
    for (const name of ['no-note.json', 'bad-note.json', 'hostile-note.json', 'wrong-shape.json'])
      writeFileSync(join(quarantineDir(dataDir), name), '{')
    writeFileSync(join(quarantineDir(dataDir), 'bad-note.json.why.json'), '{"originalPath": "devices/x.js')
    writeFileSync(
      join(quarantineDir(dataDir), 'hostile-note.json.why.json'),
      '{"__proto__": {"polluted": true}, "originalPath": "a", "at": ""}'
    )
    writeFileSync(join(quarantineDir(dataDir), 'wrong-shape.json.why.json'), '{"originalPath": 7, "at": [], "problem": {"code": "eaten"}}')
    const entries = await listQuarantine(dataDir)
    expect(entries.map((entry) => entry.file).sort()).toEqual(['bad-note.json', 'hostile-note.json', 'no-note.json', 'wrong-shape.json'])
    for (const entry of entries) expect(entry).toMatchObject({ originalPath: 'unknown', problem: { code: 'no-note' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
