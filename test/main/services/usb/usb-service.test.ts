import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createTcpAdb } from '@main/services/usb/tcp-adb'
import type { UsbSettings } from '@main/services/usb/adb-path-setting'
import type { AccountCheckReport } from '@main/services/usb/phone-read'
import { createSettlingUsbService, type SettlingUsbService } from '@harness/usb/settling-usb-service'
import type { AppEvents } from '@shared/app-events'
import type { AccountCheck } from '@shared/usb/account-check'
import type { ReadJobView } from '@shared/usb/usb-job'
import { adbFixture, adbReplies, leaksAccountName, type AdbFixturePhone } from '@harness/adb/adb-fixtures'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'
import { tempDir } from '@test/support/temp-dir'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'

/** What `adb version` prints (Debian's adb; the install path is made up). */
const ADB_VERSION_TEXT = 'Android Debug Bridge version 1.0.41\\nVersion 34.0.4-debian\\nInstalled as /opt/made-up/adb\\n'

/** A program named adb (adb.exe is not runnable here) that prints `versionText` for `adb version`. */
function fakeAdbProgram(dir: string, versionText: string): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'adb')
  writeFileSync(file, `#!/bin/sh\nprintf '${versionText}'\n`, { mode: 0o755 })
  return file
}

const DEVICE_ID = '5b1f6c1e-8a53-4d8e-9a1c-2f0d7c6b9e41'
const clock = { now: () => new Date('2026-11-23T10:00:00.000Z') }

let fake: FakeAdbServer
let usb: SettlingUsbService
let reports: AccountCheckReport[]
let pushed: Array<{ name: keyof AppEvents; payload: unknown }>

function phone(serial: string, fixture: AdbFixturePhone, state = 'device') {
  fake.connect({ serial, state, replies: adbReplies(fixture) })
}

let dialogs: ReturnType<typeof createScriptedDialogs>

function build(extra: { commandTimeoutMs?: number; progressEveryMs?: number } = {}): SettlingUsbService {
  const dir = tempDir('handover-usb-')
  return createSettlingUsbService({
    adb: createTcpAdb({ address: { host: '127.0.0.1', port: fake.port } }),
    clock,
    dialogs,
    settings: createConfStorage().open<UsbSettings>(dir, 'usb-settings'),
    onAccountCheck: (report) => {
      reports.push(report)
    },
    events: { emit: (name, payload) => void pushed.push({ name, payload }) },
    ...extra
  })
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(check()).toBe(true)
}

async function read(serial: string, kind: 'properties' | 'accounts', deviceId?: string): Promise<ReadJobView> {
  const { jobId } = usb.startRead({ serial, kind, ...(deviceId ? { deviceId } : {}) })
  return usb.settled(jobId)
}

function accountsOutcome(job: ReadJobView): AccountCheck {
  if (job.kind !== 'accounts' || !job.outcome) throw new Error('expected a finished account check')
  return job.outcome
}

beforeEach(async () => {
  fake = await FakeAdbServer.start()
  reports = []
  pushed = []
  dialogs = createScriptedDialogs()
  usb = build()
})
afterEach(async () => {
  usb.stop()
  await fake.close()
})

describe('USB service: connection', () => {
  it('goes from none to one phone to several and back, with each state', async () => {
    expect((await usb.connect()).connection).toEqual({ kind: 'none' })
    phone('DEMO0001', 'miui14-poco', 'unauthorized')
    await until(() => usb.status().connection.kind === 'one')
    expect(usb.status().connection).toEqual({ kind: 'one', device: { serial: 'DEMO0001', state: 'unauthorized' } })
    fake.setState('DEMO0001', 'device')
    await until(() => JSON.stringify(usb.status().connection).includes('"device"}'))
    phone('DEMO0002', 'miui13-xiaomi', 'offline')
    await until(() => usb.status().connection.kind === 'several')
    fake.disconnect('DEMO0001')
    fake.disconnect('DEMO0002')
    await until(() => usb.status().connection.kind === 'none')
  })

  it('reports the server going away, and pushes each change of status', async () => {
    await usb.connect()
    pushed = []
    await fake.close()
    await until(() => usb.status().connection.kind === 'server-down')
    expect(pushed).toContainEqual({ name: 'usbStatus', payload: usb.status() })
  })

  it('pushes a changed adb path', async () => {
    await usb.connect()
    pushed = []
    const adb = fakeAdbProgram(join(tempDir(), 'platform-tools'), ADB_VERSION_TEXT)
    dialogs.answerOpen([adb])
    await usb.setAdbPath()
    expect(pushed).toContainEqual({ name: 'usbStatus', payload: expect.objectContaining({ configuredAdbPath: adb }) })
  })

  it('reports a server that does not answer (and does not try to start one in tests)', async () => {
    await fake.close()
    expect((await usb.connect()).connection.kind).toBe('server-down')
  })

  it('keeps the adb picked in the open dialog across restarts and tries it first', async () => {
    const dir = tempDir('handover-usb-')
    const adb = fakeAdbProgram(join(tempDir(), 'platform-tools'), ADB_VERSION_TEXT)
    const tried: string[] = []
    const dialogs = createScriptedDialogs()
    const make = () =>
      createSettlingUsbService({
        adb: {
          ...createTcpAdb({ address: { host: '127.0.0.1', port: fake.port } }),
          ensureServer: async (path) => (tried.push(path), { ok: true, version: 41 })
        },
        clock,
        dialogs,
        settings: createConfStorage().open<UsbSettings>(dir, 'usb-settings')
      })
    const first = make()
    dialogs.answerOpen([adb])
    expect((await first.setAdbPath()).configuredAdbPath).toBe(adb)
    first.stop()
    const second = make()
    expect(second.status().configuredAdbPath).toBe(adb)
    await second.connect()
    second.stop()
    expect(tried).toEqual([adb, adb])
  })

  describe('choosing adb', () => {
    function chooser() {
      const dir = tempDir('handover-usb-')
      const dialogs = createScriptedDialogs()
      const settings = createConfStorage().open<UsbSettings>(dir, 'usb-settings')
      const service = createSettlingUsbService({
        adb: {
          ...createTcpAdb({ address: { host: '127.0.0.1', port: fake.port } }),
          ensureServer: async () => ({ ok: true, version: 41 })
        },
        clock,
        dialogs,
        settings
      })
      return { service, dialogs, settings, dir }
    }

    it('refuses a program that is not named adb, such as /usr/bin/touch, and keeps nothing', async () => {
      const { service, dialogs, settings } = chooser()
      dialogs.answerOpen(['/usr/bin/touch'])
      await expect(service.setAdbPath()).rejects.toThrow(/named adb/)
      expect(service.status().configuredAdbPath).toBe('')
      expect(settings.read()).toBeUndefined()
    })

    it('refuses a file named adb that does not answer `adb version` like adb', async () => {
      const { service, dialogs, settings } = chooser()
      const impostor = fakeAdbProgram(tempDir(), 'hello\n')
      dialogs.answerOpen([impostor])
      await expect(service.setAdbPath()).rejects.toThrow(/does not answer like adb/)
      expect(settings.read()).toBeUndefined()
    })

    it('leaves the setting as it was when the dialog is cancelled', async () => {
      const { service, dialogs } = chooser()
      const adb = fakeAdbProgram(tempDir(), ADB_VERSION_TEXT)
      dialogs.answerOpen([adb])
      await service.setAdbPath()
      expect((await service.setAdbPath()).configuredAdbPath).toBe(adb)
      expect(dialogs.shown).toHaveLength(2)
    })

    it('ignores a saved path that is not an adb program (written by an older version or by hand)', async () => {
      const { dir } = chooser()
      writeFileSync(join(dir, 'usb-settings.json'), JSON.stringify({ adbPath: '/usr/bin/touch' }))
      const again = createSettlingUsbService({
        adb: createTcpAdb({ address: { host: '127.0.0.1', port: fake.port } }),
        clock,
        dialogs: createScriptedDialogs(),
        settings: createConfStorage().open<UsbSettings>(dir, 'usb-settings')
      })
      expect(again.status().configuredAdbPath).toBe('')
    })
  })
})

describe('USB service: reading a phone', () => {
  beforeEach(async () => {
    await usb.connect()
  })

  it('reads the properties of a MIUI 14 POCO for the prefill', async () => {
    phone('DEMO0001', 'miui14-poco')
    await until(() => usb.status().connection.kind === 'one')
    const job = await read('DEMO0001', 'properties')
    expect(job.running).toBe(false)
    expect(job.outcome).toMatchObject({ state: 'read', properties: { brand: 'POCO', modelNumber: '22101320G', osFamily: 'MIUI' } })
    expect(fake.requests).toContain('shell:getprop; echo HANDOVER_END_OF_READ')
  })

  it('checks accounts per user, names none of them, and reports the check for the record', async () => {
    phone('DEMO0001', 'second-space-phone')
    await until(() => usb.status().connection.kind === 'one')
    const check = accountsOutcome(await read('DEMO0001', 'accounts', DEVICE_ID))
    expect(check).toMatchObject({ at: '2026-11-23T10:00:00.000Z', xiaomi: 'present', google: 'present' })
    expect(check.phone).toEqual({ marketName: 'Redmi Note 13 Pro 5G', modelNumber: '23117RA68G', serialTail: 'MO04' })
    expect(check.census.state === 'read' && check.census.users.map((u) => u.userId)).toEqual([0, 10, 999])
    expect(leaksAccountName(JSON.stringify(check))).toBe(false)
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ deviceId: DEVICE_ID, serial: 'GARNETDEMO04' })
  })

  it('sees the Xiaomi account gone after the owner signs out', async () => {
    phone('DEMO0001', 'hyperos2-tablet')
    await until(() => usb.status().connection.kind === 'one')
    expect(accountsOutcome(await read('DEMO0001', 'accounts', DEVICE_ID)).xiaomi).toBe('present')
    fake.setReply('DEMO0001', 'dumpsys account', adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out'))
    const after = accountsOutcome(await read('DEMO0001', 'accounts', DEVICE_ID))
    expect(after).toMatchObject({ xiaomi: 'none', google: 'present' })
    expect(reports.map((r) => r.check.xiaomi)).toEqual(['present', 'none'])
  })

  it('gives "unknown", never clean, when the phone is unplugged mid-read', async () => {
    phone('DEMO0001', 'no-accounts-phone')
    await until(() => usb.status().connection.kind === 'one')
    fake.cutNextRead('DEMO0001', { command: 'dumpsys account', afterBytes: 40 })
    const check = accountsOutcome(await read('DEMO0001', 'accounts', DEVICE_ID))
    expect(check.census).toEqual({ state: 'unknown', reason: 'disconnected' })
    expect(check).toMatchObject({ xiaomi: 'unknown', google: 'unknown' })
    expect(reports.map((r) => r.check.census.state)).toEqual(['unknown'])
  })

  it('gives "unknown" when the output is cut although the phone stays (a complete-looking prefix is not trusted)', async () => {
    phone('DEMO0001', 'second-space-phone')
    await until(() => usb.status().connection.kind === 'one')
    // Cut right after user 0's whole section: the parser alone would see one clean-looking user.
    const dump = adbFixture('second-space-phone', 'dumpsys-account')
    fake.cutNextRead('DEMO0001', { command: 'dumpsys account', afterBytes: dump.indexOf('User UserInfo{10'), unplug: false })
    const check = accountsOutcome(await read('DEMO0001', 'accounts'))
    expect(check.census).toEqual({ state: 'unknown', reason: 'truncated' })
  })

  it('gives "unknown" when the phone is unplugged while the reply streams in', async () => {
    phone('DEMO0001', 'hyperos2-tablet')
    await until(() => usb.status().connection.kind === 'one')
    fake.setStreaming({ chunkBytes: 100, delayMs: 15 })
    const { jobId } = usb.startRead({ serial: 'DEMO0001', kind: 'properties' })
    await until(() => usb.job(jobId).progress.received > 0)
    fake.disconnect('DEMO0001')
    const job = await usb.settled(jobId)
    expect(job.outcome).toEqual({ state: 'unknown', reason: 'disconnected' })
  })

  it('shows progress and can be cancelled; a cancelled check is not reported', async () => {
    phone('DEMO0001', 'hyperos2-tablet')
    await until(() => usb.status().connection.kind === 'one')
    fake.setStreaming({ chunkBytes: 64, delayMs: 10 })
    const { jobId } = usb.startRead({ serial: 'DEMO0001', kind: 'accounts', deviceId: DEVICE_ID })
    await until(() => usb.job(jobId).progress.step === 2 && usb.job(jobId).progress.received > 0)
    expect(usb.job(jobId)).toMatchObject({ running: true, progress: { step: 2, steps: 2 } })
    expect(() => usb.startRead({ serial: 'DEMO0001', kind: 'properties' })).toThrow(/already running/)
    usb.cancel(jobId)
    const job = await usb.settled(jobId)
    expect(accountsOutcome(job).census).toEqual({ state: 'unknown', reason: 'cancelled' })
    expect(reports).toEqual([])
  })

  it('pushes read progress, held back to one push per interval, and the finished read last', async () => {
    usb.stop()
    usb = build({ progressEveryMs: 60_000 })
    await usb.connect()
    phone('DEMO0001', 'hyperos2-tablet')
    await until(() => usb.status().connection.kind === 'one')
    fake.setStreaming({ chunkBytes: 64, delayMs: 2 })
    const job = await read('DEMO0001', 'properties')
    const progress = pushed.filter((p) => p.name === 'readProgress').map((p) => p.payload as ReadJobView)
    // one push with the first byte count (the rest held back), then the finished read, which drops what was held back
    expect(progress).toHaveLength(2)
    expect(progress[0]).toMatchObject({ id: job.id, running: true })
    expect(progress[0].progress.received).toBeGreaterThan(0)
    expect(progress[1]).toEqual(job)
    expect(job.running).toBe(false)
  })

  it('times out a phone that stops answering', async () => {
    usb.stop()
    usb = build({ commandTimeoutMs: 150 })
    await usb.connect()
    phone('DEMO0001', 'hyperos2-tablet')
    await until(() => usb.status().connection.kind === 'one')
    fake.setStreaming({ chunkBytes: 10, delayMs: 100 })
    const job = await read('DEMO0001', 'properties')
    expect(job.outcome).toEqual({ state: 'unknown', reason: 'timeout' })
  })

  it('explains an unauthorized or absent phone instead of reading it', async () => {
    phone('DEMO0001', 'hyperos2-tablet', 'unauthorized')
    await until(() => usb.status().connection.kind === 'one')
    expect((await read('DEMO0001', 'properties')).outcome).toEqual({ state: 'unknown', reason: 'unauthorized' })
    expect(accountsOutcome(await read('NOPE', 'accounts', DEVICE_ID)).census).toEqual({ state: 'unknown', reason: 'disconnected' })
    expect(fake.requests.filter((r) => r.startsWith('shell:'))).toEqual([])
  })

  it('answers "unrecognised" for a shell that prints garbage', async () => {
    fake.connect({
      serial: 'DEMO0001',
      state: 'device',
      replies: { getprop: adbFixture('hyperos2-tablet', 'getprop'), 'dumpsys account': adbFixture('garbage', 'dumpsys-account') }
    })
    await until(() => usb.status().connection.kind === 'one')
    expect(accountsOutcome(await read('DEMO0001', 'accounts')).census).toEqual({ state: 'unknown', reason: 'unrecognised' })
  })
})
