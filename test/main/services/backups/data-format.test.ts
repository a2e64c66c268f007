import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_FORMAT_VERSION } from '@main/services/backups/data-format'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { servicesAt } from '@harness/data/full-household'
import { runWithEnglishUsbText, STORED_USB_EVIDENCE, STORED_USB_LINE } from '@harness/data/run-with-english-usb-text'
import { tempDir } from '@test/support/temp-dir'

describe('data format 2: runs keep USB facts', () => {
  it('backs up a format-1 folder, marks it format 2, and its run with English USB text reads as it was written', async () => {
    const dataDir = tempDir()
    const { services: seed } = await servicesAt(dataDir)
    const phone = await seed.household.create(madeUpPhone())
    const AT = '2026-11-20T10:00:00.000Z'
    const stored = runWithEnglishUsbText(phone.id, AT, '2026-11-20T10:05:00.000Z')
    mkdirSync(join(dataDir, 'runs'), { recursive: true })
    writeFileSync(join(dataDir, 'runs', `${phone.id}.json`), JSON.stringify(stored))
    writeFileSync(join(dataDir, 'data-format.json'), JSON.stringify({ version: 1, writtenBy: '0.9.0' }))

    const { services } = await servicesAt(dataDir)
    expect(DATA_FORMAT_VERSION).toBe(2)
    expect(JSON.parse(readFileSync(join(dataDir, 'data-format.json'), 'utf8'))).toMatchObject({ version: 2 })
    expect((await services.backups.list()).map((b) => b.reason)).toContain('before-migration')
    const run = services.runs.get(phone.id)!
    expect(run.steps['xiaomi-sign-out']).toMatchObject({ confirmedBy: 'usb', evidence: STORED_USB_EVIDENCE })
    expect(run.journal).toContainEqual({ kind: 'usb-check', at: '2026-11-20T10:05:00.000Z', summary: STORED_USB_LINE })
    expect(services.household.current().quarantinedNow).toEqual([])
  })
})
