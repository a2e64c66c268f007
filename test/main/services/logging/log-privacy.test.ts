import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppRouter } from '@main/ipc/handlers'
import { withCallLog } from '@main/ipc/logged-router'
import { trustedOrigins, type SenderInfo } from '@main/ipc/router'
import { createServices } from '@main/services/create-services'
import { captureConsole, createLogger } from '@main/services/logging/logger'
import { redactIdentifiers } from '@main/services/logging/redact-identifiers'
import { createRotatingFileLog } from '@main/services/logging/rotating-file-log'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { createTestPorts } from '@harness/ports/test-ports'
import { changesToHandOver } from '@harness/data/finished-run'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { tempDir } from '@test/support/temp-dir'
import { fakePdfPrinter } from '../certificate/service-fixture'

const ORIGIN = 'app://handover'
const own: SenderInfo = { url: `${ORIGIN}/index.html`, isMainFrame: true }
const stranger: SenderInfo = { url: 'https://example.test/', isMainFrame: true }

const phone = madeUpPhone({
  serial: 'MADEUPSN7Q4K2Z',
  imei1: madeUpImei('86123456789012'),
  imei2: madeUpImei('86123456789034'),
  accountHint: 'owner.madeup@example.test'
})
const identifiers = [phone.serial, phone.imei1, phone.imei2, phone.accountHint, 'preparer.madeup@example.test']

function everyLogLine(folder: string): string {
  return readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('')
}

let restoreConsole = (): void => {}
afterEach(() => restoreConsole())

describe('the log', () => {
  it('after a whole handover through IPC, failures included, names what happened and no identifier', async () => {
    const logFolder = tempDir()
    const log = createLogger(createRotatingFileLog(logFolder))
    restoreConsole = captureConsole(log)
    const dialogs = createScriptedDialogs()
    const services = await createServices(tempDir(), 'test', createTestPorts({ dialogs, pdf: fakePdfPrinter }))
    const router = withCallLog(createAppRouter(services, trustedOrigins([ORIGIN])), log)
    const call = async (channel: string, payload?: unknown, sender = own) => router.handle(sender, channel, payload)

    const created = await call('devices:create', phone)
    if (!created.ok) throw new Error(created.error.message)
    const deviceId = (created.data as { id: string }).id
    expect(await call('devices:create', { ...phone, imei1: `${phone.imei1.slice(0, -1)}0` })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    expect(await call('devices:reveal', { id: deviceId }, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(await call('devices:reveal', { id: deviceId })).toMatchObject({ ok: true, data: { serial: phone.serial } })
    expect(await call('runs:start', { deviceId, scenario: 'sell' })).toMatchObject({ ok: true })
    const form = {
      deviceId,
      destination: 'sold',
      preparer: { name: 'Alex Example', contact: 'preparer.madeup@example.test' },
      recipient: null,
      identifiers: 'full',
      paperSize: 'A4',
      languages: ['en']
    }
    expect(await call('certificates:issue', form)).toMatchObject({ ok: false, error: { code: 'gate-locked' } })
    for (const change of changesToHandOver('sell')) expect(await call('runs:apply', { deviceId, change })).toMatchObject({ ok: true })
    const issued = await call('certificates:issue', form)
    expect(issued).toMatchObject({ ok: true })
    dialogs.answerSave(join(tempDir(), 'certificate.pdf'))
    expect(
      await call('certificates:savePdf', {
        certificateId: issued.ok ? (issued.data as { certificate: { id: string } }).certificate.id : ''
      })
    ).toMatchObject({ ok: true })
    dialogs.answerSave(join(tempDir(), 'inventory.csv'))
    expect(await call('archive:exportCsv', { includeSecrets: true })).toMatchObject({ ok: true })
    console.error(`[handover] a service reported: phone ${phone.serial} (${phone.imei1}) of ${phone.accountHint} failed`)

    const written = everyLogLine(logFolder)
    expect(written).toContain('ipc devices:create -> invalid-input')
    expect(written).toContain('ipc devices:reveal -> forbidden-sender')
    expect(written).toContain('ipc certificates:issue -> gate-locked')
    expect(written).toContain('a service reported: phone [redacted]')
    for (const identifier of identifiers) expect(written).not.toContain(identifier)
    expect(written).not.toContain(phone.imei1.slice(0, 10))
  })

  it('rotates: the newest lines in handover.log, a bounded number of older files', () => {
    const folder = tempDir()
    const log = createLogger(createRotatingFileLog(folder, { maxBytes: 200, keep: 2 }), () => new Date('2026-01-02T03:04:05Z'))
    for (let i = 0; i < 40; i++) log.info(`event number ${String(i).padStart(2, '0')}`)
    expect(readdirSync(folder).sort()).toEqual(['handover.1.log', 'handover.2.log', 'handover.log'])
    const newest = readFileSync(join(folder, 'handover.log'), 'utf8')
    expect(newest).toContain('2026-01-02T03:04:05.000Z INFO  event number 39')
    expect(newest.length).toBeLessThanOrEqual(200)
    expect(everyLogLine(folder)).not.toContain('event number 00')
  })

  it('redacts e-mail addresses, IMEIs written with spaces or dashes and serial-like words, and keeps the rest readable', () => {
    expect(redactIdentifiers('account j.doe+x@mail.example.test, IMEI 86 123456 789012 7, MEID 35-1234-5678-9012, serial 5f3a9c0d1e')).toBe(
      'account [redacted], IMEI [redacted], MEID [redacted], serial [redacted]'
    )
    expect(redactIdentifiers('Handover 0.1.0 starting (linux-x64, Electron 45.4.1); ipc runs:apply -> gate-locked, exit code 139')).toBe(
      'Handover 0.1.0 starting (linux-x64, Electron 45.4.1); ipc runs:apply -> gate-locked, exit code 139'
    )
  })

  it('keeps each entry on one line and says what an error was without its data', () => {
    const lines: string[] = []
    const log = createLogger({ write: (line) => lines.push(line) })
    log.error('unhandled rejection', new TypeError('cannot read phone\nsecond line'))
    log.warn('renderer gone: crashed (exit 139)')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/ ERROR unhandled rejection: TypeError: cannot read phone \| second line$/)
    expect(lines[1]).toMatch(/ WARN {2}renderer gone: crashed \(exit 139\)$/)
  })
})
