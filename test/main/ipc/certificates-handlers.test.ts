import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppRouter } from '@main/ipc/handlers'
import { trustedOrigins, type SenderInfo } from '@main/ipc/router'
import { createServices } from '@main/services/create-services'
import { createScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { createTestPorts } from '@harness/ports/test-ports'
import { changesToHandOver } from '@harness/data/finished-run'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { tempDir } from '../../support/temp-dir'
import { fakePdfPrinter } from '../services/certificate/service-fixture'

const ORIGIN = 'app://handover'
const own: SenderInfo = { url: `${ORIGIN}/index.html`, isMainFrame: true }

describe('certificates over IPC, with the run service', () => {
  it('refuses while the run is pending, issues when it reaches hand over, saves and verifies the PDF', async () => {
    const dataDir = tempDir()
    const dialogs = createScriptedDialogs()
    const services = await createServices(dataDir, 'test', createTestPorts({ dialogs, pdf: fakePdfPrinter }))
    const router = createAppRouter(services, trustedOrigins([ORIGIN]))
    const call = async (channel: string, payload?: unknown) => router.handle(own, channel, payload)
    const created = await call('devices:create', madeUpPhone())
    if (!created.ok) throw new Error(created.error.message)
    const deviceId = (created.data as { id: string }).id
    const form = {
      deviceId,
      destination: 'sold',
      preparer: { name: 'Alex Example', contact: '' },
      recipient: null,
      identifiers: 'masked',
      paperSize: 'Letter',
      languages: ['en']
    }

    expect(await call('certificates:readiness', { deviceId })).toEqual({
      ok: true,
      data: { scenario: null, destinations: [], pending: [] }
    })
    expect(await call('runs:start', { deviceId, scenario: 'sell' })).toMatchObject({ ok: true })
    const blocked = await call('certificates:readiness', { deviceId })
    expect(blocked).toMatchObject({ ok: true, data: { scenario: 'sell', destinations: ['sold', 'given-away'] } })
    expect((blocked.ok && (blocked.data as { pending: unknown[] }).pending.length) || 0).toBeGreaterThan(5)
    expect(await call('certificates:issue', form)).toMatchObject({ ok: false, error: { code: 'gate-locked' } })

    for (const change of changesToHandOver('sell'))
      expect(await call('runs:apply', { deviceId, change }), JSON.stringify(change)).toMatchObject({ ok: true })
    expect(await call('certificates:readiness', { deviceId })).toMatchObject({ ok: true, data: { pending: [] } })
    expect(await call('certificates:issue', { ...form, preparer: { name: '  ', contact: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: [{ path: 'preparer.name' }] }
    })
    const issued = await call('certificates:issue', form)
    expect(issued).toMatchObject({ ok: true, data: { certificate: { deviceId, identifiers: 'masked', paperSize: 'Letter' } } })
    const certificateId = issued.ok ? (issued.data as { certificate: { id: string } }).certificate.id : ''
    const html = issued.ok ? (issued.data as { html: string }).html : ''
    expect(html).toContain('Turn off Find device')
    expect(html).toContain('Reason: The band goes with the phone')
    expect(html).toContain(`***********${madeUpPhone().imei1.slice(-4)}`)
    expect(html).not.toContain(madeUpPhone().imei1)

    expect(await call('certificates:listForDevice', { deviceId })).toMatchObject({ ok: true, data: [{ id: certificateId }] })
    const target = path.join(tempDir(), 'certificate.pdf')
    dialogs.answerSave(target)
    expect(await call('certificates:savePdf', { certificateId })).toEqual({ ok: true, data: { path: target } })
    dialogs.answerOpen([target])
    expect(await call('certificates:verifyFile')).toMatchObject({ ok: true, data: { valid: true, signedHere: true } })
    expect(await call('certificates:print', { certificateId })).toEqual({ ok: true, data: { printed: true } })
    expect(await call('certificates:verifyText', { text: 'hello' })).toMatchObject({
      ok: true,
      data: { valid: false, problem: 'not-a-certificate' }
    })

    const removed = await call('devices:remove', { id: deviceId })
    expect(removed.ok).toBe(true)
    expect(fs.existsSync(path.join(dataDir, 'certificates', deviceId))).toBe(false)
    expect(await call('devices:undoRemove', removed.ok ? removed.data : {})).toMatchObject({ ok: true })
    expect(await call('certificates:listForDevice', { deviceId })).toMatchObject({ ok: true, data: [{ id: certificateId }] })
  })
})
