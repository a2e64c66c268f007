import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { DeviceStatus } from '@shared/device-model'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { stepsOf } from '@shared/offboarding/catalogue'
import { runProgress } from '@shared/offboarding/progress'
import { listQuarantine } from '@main/services/quarantine'
import { createRunService, type RunService } from '@main/services/run-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { tempDir } from '../../support/temp-dir'
import { createCurrentLanguage } from '@main/services/language/current-language'

const english = await createCurrentLanguage('en')

const PHONE = '0b8f5a52-6f1e-4c3a-9d2b-7e4f1a2c3d4e'
const OTHER = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'

let dataDir: string
let minute = 0
let statusCalls: Array<[string, DeviceStatus]>

function service(known: string[] = [PHONE, OTHER]): RunService {
  return createRunService({
    dataDir,
    storage: createConfStorage(),
    clock: { now: () => new Date(Date.UTC(2025, 2, 1, 8, minute++)) },
    text: english,
    onStatusChange: (id, status) => void statusCalls.push([id, status]),
    deviceExists: (id) => known.includes(id)
  })
}

async function skipBackups(runs: RunService): Promise<void> {
  for (const category of BACKUP_CATEGORIES) await runs.apply(PHONE, { type: 'backup-skip', category, reason: 'not on this phone' })
}

beforeEach(() => {
  dataDir = tempDir('handover-runs-')
  statusCalls = []
})

describe('run service', () => {
  it('saves the run as its own document after every change, and a new service reads it back exactly', async () => {
    const runs = service()
    await runs.start(PHONE, 'sell')
    expect(existsSync(join(dataDir, 'runs', `${PHONE}.json`))).toBe(true)
    await runs.apply(PHONE, { type: 'step-done', stepId: 'check-credentials' })
    const saved = await runs.apply(PHONE, { type: 'backup-saved', category: 'photos-videos', method: 'copy-to-computer' })
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'runs', `${PHONE}.json`), 'utf8'))
    expect(onDisk).toEqual(saved)
    const reopened = service().get(PHONE)
    expect(reopened).toEqual(saved)
    expect(reopened?.journal.map((e) => e.kind)).toEqual(['started', 'step', 'backup'])
    expect(service().get(OTHER)).toBeNull()
  })

  it('refuses a second run while one is unfinished, unless replaced; refuses unknown phones and bad ids', async () => {
    const runs = service()
    await runs.start(PHONE, 'repair')
    await expect(runs.start(PHONE, 'sell')).rejects.toMatchObject({ code: 'conflict' })
    const replaced = await runs.start(PHONE, 'sell', true)
    expect(replaced.scenario).toBe('sell')
    await expect(service([]).start(OTHER, 'sell')).rejects.toMatchObject({ code: 'not-found' })
    expect(() => runs.get('../../etc/passwd')).toThrow(expect.objectContaining({ code: 'invalid-input' }))
    await expect(runs.apply(OTHER, { type: 'step-done', stepId: 'backup' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('moves the phone status preparing → ready → handed-over, and back on undo, only when it changes', async () => {
    const runs = service()
    await runs.start(PHONE, 'sell')
    await runs.apply(PHONE, { type: 'step-done', stepId: 'check-credentials' })
    await skipBackups(runs)
    for (const s of stepsOf('sell')) {
      if (['check-credentials', 'backup', 'hand-over'].includes(s.id)) continue
      await runs.apply(PHONE, { type: 'step-done', stepId: s.id })
    }
    expect(statusCalls).toEqual([
      [PHONE, 'preparing'],
      [PHONE, 'ready']
    ])
    expect(runProgress(runs.get(PHONE)!)).toMatchObject({ ready: true, nextStepId: 'hand-over', percentage: 92 })
    await runs.apply(PHONE, { type: 'step-done', stepId: 'hand-over' })
    await runs.undo(PHONE)
    await runs.undo(PHONE)
    expect(statusCalls.slice(2)).toEqual([
      [PHONE, 'handed-over'],
      [PHONE, 'ready'],
      [PHONE, 'preparing']
    ])
  })

  it('records a USB confirmation with its evidence and journals a check', async () => {
    const runs = service()
    await runs.start(PHONE, 'family')
    await runs.journalUsbCheck(PHONE, { state: 'unknown', reason: 'timeout' })
    const evidence = { family: 'xiaomi' as const, users: [{ userId: 0, xiaomi: 0, google: 0, other: 1 }], phone: null }
    const run = await runs.confirmStepByUsb(PHONE, 'xiaomi-sign-out', evidence)
    expect(service().get(PHONE)?.steps['xiaomi-sign-out']).toEqual({
      status: 'done',
      at: run.journal.at(-1)!.at,
      confirmedBy: 'usb',
      evidence
    })
    await expect(runs.confirmStepByUsb(PHONE, 'factory-reset', evidence)).rejects.toMatchObject({ code: 'invalid-input' })
  })

  it('gives the certificate the steps in catalogue order with titles', async () => {
    const runs = service()
    await runs.start(PHONE, 'trade-in')
    await runs.apply(PHONE, { type: 'step-done', stepId: 'check-credentials' })
    const { run, steps } = runs.forCertificate(PHONE)
    expect(run.scenario).toBe('trade-in')
    expect(steps.map((s) => s.id)).toEqual(stepsOf('trade-in').map((s) => s.id))
    expect(steps[0]).toMatchObject({
      id: 'check-credentials',
      title: 'Check that you can sign in to your accounts',
      required: true,
      state: { status: 'done', confirmedBy: 'owner' }
    })
    await runs.start(OTHER, 'locked-out')
    expect(() => runs.forCertificate(OTHER)).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('sets aside an unreadable or invalid run file untouched, and keeps serving the others', async () => {
    const runs = service()
    await runs.start(OTHER, 'sell')
    mkdirSync(join(dataDir, 'runs'), { recursive: true })
    const broken = '{"schemaVersion":1,"deviceId":"' + PHONE.slice(0, 10)
    writeFileSync(join(dataDir, 'runs', `${PHONE}.json`), broken)
    writeFileSync(join(dataDir, 'runs', 'notes.json'), '{}')
    const fresh = service()
    expect((await fresh.progressAll()).map((p) => p.deviceId)).toEqual([OTHER])
    expect(fresh.get(PHONE)).toBeNull()
    expect(await listQuarantine(dataDir)).toEqual([expect.objectContaining({ problem: { code: 'not-json' } })])
    const setAside = readdirSync(join(dataDir, 'quarantine')).filter((n) => !n.endsWith('.why.json'))
    expect(setAside).toHaveLength(1)
    expect(readFileSync(join(dataDir, 'quarantine', setAside[0]), 'utf8')).toBe(broken)
    expect(existsSync(join(dataDir, 'runs', `${PHONE}.json`))).toBe(false)
  })

  it('sets aside a run whose JSON is valid but fails the schema', async () => {
    mkdirSync(join(dataDir, 'runs'), { recursive: true })
    writeFileSync(
      join(dataDir, 'runs', `${PHONE}.json`),
      JSON.stringify({ schemaVersion: 1, deviceId: PHONE, scenario: 'sell', steps: {} })
    )
    const runs = service()
    expect(runs.get(PHONE)).toBeNull()
    expect(await listQuarantine(dataDir)).toEqual([
      expect.objectContaining({ originalPath: join('runs', `${PHONE}.json`), problem: { code: 'wrong-format' } })
    ])
    expect((await runs.start(PHONE, 'sell')).scenario).toBe('sell')
  })

  it('names the run file for the trash', () => {
    expect(service().filesOf(PHONE)).toEqual([join('runs', `${PHONE}.json`)])
  })
})
