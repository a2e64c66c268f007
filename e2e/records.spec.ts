import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { SELL_RUN_SETTLEMENT } from '@harness/data/full-household'
import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'
import { madeUpImei } from './support/made-up'
import { typeInto } from './support/typing'

const IMEI_A = madeUpImei('35123456789012')
const IMEI_B = madeUpImei('86098765432101')
const PASSPHRASE = 'blue kettle morning'

/** Two phones through the UI; a finished run with its journal, a receipt and a certificate for the first through the services. */
async function seedHousehold(app: AppPage, scratch: string): Promise<{ soldId: string; certificateId: string }> {
  await addPhone(app, { nickname: 'Old Redmi', marketName: 'Redmi Note 13 Pro', imei1: IMEI_A })
  await addPhone(app, { nickname: 'Kitchen POCO', marketName: 'Redmi Note 13 Pro', imei1: IMEI_B })
  writeFileSync(join(scratch, 'receipt.pdf'), '%PDF-1.4 made-up receipt\n')
  await app.dialogs.answerOpen([join(scratch, 'receipt.pdf')])
  return app.main.run(async (services, settlement) => {
    const soldId = services.household.current().devices.find((d) => d.nickname === 'Old Redmi')!.id
    await services.runs.start(soldId, 'sell')
    for (const change of settlement) await services.runs.apply(soldId, change)
    await services.attachments.add(soldId)
    const issued = await services.certificates.issue({
      deviceId: soldId,
      languages: ['en'],
      destination: 'sold',
      preparer: { name: 'Alex Example', contact: '' },
      recipient: null,
      identifiers: 'masked',
      paperSize: 'A4'
    })
    return { soldId, certificateId: issued.certificate.id }
  }, SELL_RUN_SETTLEMENT)
}

const menu = (app: AppPage, command: 'export' | 'import') => app.main.menu(command)

async function exportArchive(app: AppPage, path: string, passphrase: string | null, snapName?: string) {
  await menu(app, 'export')
  const dialog = app.getByRole('dialog', { name: 'Export records' })
  await expect(dialog.getByRole('radio', { name: /Everything/ })).toBeChecked()
  if (passphrase) {
    await typeInto(dialog.getByLabel('Passphrase', { exact: true }), passphrase)
    await typeInto(dialog.getByLabel('Confirm passphrase'), passphrase)
  } else {
    await dialog.getByRole('checkbox', { name: 'Protect the archive with a passphrase' }).uncheck()
    await expect(dialog.getByRole('alert')).toContainText('anyone who gets this file can read the IMEI numbers')
  }
  if (snapName) await app.snap(snapName)
  await app.dialogs.answerSave(path)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.getByRole('status').filter({ hasText: `Exported to ${path}` })).toBeVisible()
}

/** Every file under the data folder with its bytes, leaving out the given top-level folders. */
function snapshotFolder(dir: string, skip: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const path = join(current, name)
      if (current === dir && skip.includes(name)) continue
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = readFileSync(path).toString('base64')
    }
  }
  walk(dir)
  return out
}

function emptyDataFolder(dataDir: string) {
  for (const name of readdirSync(dataDir)) rmSync(join(dataDir, name), { recursive: true, force: true })
}

test('export with and without a passphrase, wipe, import: everything is back, and a second import changes nothing', async ({ app }) => {
  const scratch = mkdtempSync(join(tmpdir(), 'handover-records-'))
  const { soldId, certificateId } = await seedHousehold(app, scratch)
  const runBefore = await app.main.run((services, id) => services.runs.get(id), soldId)
  const protectedPath = join(scratch, 'protected.handover')
  const plainPath = join(scratch, 'plain.handover')

  await exportArchive(app, protectedPath, PASSPHRASE, 'records-export-protected')
  await exportArchive(app, plainPath, null, 'records-export-unprotected-warning')
  expect(readFileSync(protectedPath, 'utf8')).not.toContain(IMEI_A)
  expect(readFileSync(plainPath, 'utf8')).toContain(IMEI_A)

  emptyDataFolder(app.dataDir)
  await app.restart()
  await expect(app.getByRole('heading', { name: 'Start with the first phone' })).toBeVisible()

  await app.dialogs.answerOpen([protectedPath])
  await menu(app, 'import')
  const dialog = app.getByRole('dialog', { name: 'Import records' })
  await typeInto(dialog.getByLabel('Passphrase'), 'not the passphrase')
  await dialog.getByRole('button', { name: 'Read archive' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The passphrase is wrong, or the file was changed after it was written.')
  await expect(dialog.getByLabel('Passphrase')).toHaveAttribute('aria-invalid', 'true')
  await app.snap('records-import-wrong-passphrase')
  await typeInto(dialog.getByLabel('Passphrase'), PASSPHRASE)
  await dialog.getByRole('button', { name: 'Read archive' }).click()
  const summary = dialog.getByRole('table', { name: 'What the import will do' })
  await expect(summary.getByRole('row', { name: /Phones/ })).toHaveText(/Phones\s*2\s*0\s*0/)
  await expect(summary.getByRole('row', { name: /Certificates/ })).toHaveText(/Certificates\s*1\s*0\s*0/)
  await app.snap('records-import-preview')
  await dialog.getByRole('button', { name: 'Import 5 changes' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.getByRole('status').filter({ hasText: 'Imported 5 changes.' })).toBeVisible()

  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list.getByRole('listitem', { name: 'Old Redmi' })).toBeVisible()
  const restoredPdf = join(scratch, 'restored-certificate.pdf')
  await app.dialogs.answerSave(restoredPdf)
  await app.dialogs.answerOpen([restoredPdf])
  const restored = await app.main.run(
    async (services, ids) => ({
      run: services.runs.get(ids.soldId),
      attachments: services.attachments.list(ids.soldId).map((a) => a.name),
      saved: await services.certificates.savePdf(ids.certificateId),
      certificate: await services.certificates.verifyFile()
    }),
    { soldId, certificateId }
  )
  expect(restored.saved).toEqual({ path: restoredPdf })
  expect(restored.run).toEqual(runBefore)
  expect(restored.run?.journal.length).toBeGreaterThan(10)
  expect(restored.attachments).toEqual(['receipt.pdf'])
  expect(restored.certificate).toMatchObject({ valid: true })
  await list.getByRole('button', { name: 'Old Redmi', exact: true }).click()
  await expect(app.getByRole('heading', { name: 'Old Redmi', level: 1 })).toBeVisible()
  await app.getByRole('button', { name: 'Show IMEI 1' }).click()
  await expect(app.getByText(IMEI_A)).toBeVisible()

  const settled = snapshotFolder(app.dataDir, ['backups'])
  await app.dialogs.answerOpen([plainPath])
  await menu(app, 'import')
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Nothing to import: everything in this archive is already here.' })
  ).toBeVisible()
  await expect(summary.getByRole('row', { name: /Phones/ })).toHaveText(/Phones\s*0\s*0\s*2/)
  await app.snap('records-import-nothing-to-do')
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(dialog).toBeHidden()
  expect(snapshotFolder(app.dataDir, ['backups'])).toEqual(settled)
  rmSync(scratch, { recursive: true, force: true })
})

test('a broken archive is refused naming record and field, and the dashboard stays as it was', async ({ app }) => {
  const scratch = mkdtempSync(join(tmpdir(), 'handover-records-'))
  await addPhone(app, { nickname: 'Keeper', marketName: 'Redmi Note 13 Pro', imei1: IMEI_A })
  const exportedPath = join(scratch, 'exported.handover')
  await app.dialogs.answerSave(exportedPath)
  expect(await app.main.run((services) => services.archive.exportAll())).toEqual({ path: exportedPath })
  const source = JSON.parse(readFileSync(exportedPath, 'utf8')) as {
    manifest: { counts: { devices: number } }
    records: { devices: Array<Record<string, unknown>> }
  }
  source.records.devices.push({
    ...source.records.devices[0],
    id: '5d1f7e8a-3b2c-4d5e-8f9a-0b1c2d3e4f5a',
    nickname: 'Broken phone',
    imei1: IMEI_B.slice(0, 14) + String((Number(IMEI_B[14]) + 1) % 10)
  })
  source.manifest.counts.devices = 2
  const brokenPath = join(scratch, 'broken.handover')
  writeFileSync(brokenPath, JSON.stringify(source))
  const before = snapshotFolder(app.dataDir, [])

  await app.getByRole('button', { name: 'Settings' }).click()
  await app.dialogs.answerOpen([brokenPath])
  await app.getByRole('button', { name: 'Import…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Import records' })
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('This file cannot be imported. Nothing was changed.')
  await expect(alert).toContainText('Phone 2 (“Broken phone”), field imei1: The last digit should be')
  await expect(alert).not.toContainText('more problem')
  await app.snap('records-import-broken')
  await dialog.getByRole('button', { name: 'Close' }).last().click()
  await app.getByRole('button', { name: 'Phones' }).click()
  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem', { name: 'Keeper' })).toBeVisible()
  expect(snapshotFolder(app.dataDir, [])).toEqual(before)
  rmSync(scratch, { recursive: true, force: true })
})

test('settings: back up now, restore with confirmation, keep N, and files set aside can be exported or retried', async ({ app }) => {
  const scratch = mkdtempSync(join(tmpdir(), 'handover-records-'))
  await addPhone(app, { nickname: 'First phone', marketName: 'Redmi Note 13 Pro', imei1: IMEI_A })
  await app.getByRole('button', { name: 'Settings' }).click()
  const backups = app.getByRole('region', { name: 'Backups' })
  await backups.getByRole('button', { name: 'Back up now' }).click()
  const table = backups.getByRole('table', { name: 'Backups' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1)).toContainText('Made by you')

  await app.getByRole('button', { name: 'Phones' }).click()
  await addPhone(app, { nickname: 'Second phone', marketName: 'Redmi Note 13 Pro', imei1: IMEI_B })
  await app.getByRole('button', { name: 'Settings' }).click()
  await backups
    .getByRole('button', { name: /^Restore the backup from/ })
    .first()
    .click()
  const confirm = app.getByRole('alertdialog', { name: /^Restore the backup from/ })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await app.snap('records-backup-restore-confirm')
  await confirm.getByRole('button', { name: 'Restore backup' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'The backup was restored.' })).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row').nth(1)).toContainText('Before a restore')
  await typeInto(backups.getByLabel('Backups to keep'), '1')
  await backups.getByRole('button', { name: 'Save' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Handover keeps the newest 1 backups.' })).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(2)
  await app.getByRole('button', { name: 'Phones' }).click()
  await expect(app.getByRole('list', { name: 'Phones in the household' }).getByRole('listitem')).toHaveCount(1)

  const devicesDir = join(app.dataDir, 'devices')
  const [file] = readdirSync(devicesDir)
  const bytes = readFileSync(join(devicesDir, file))
  writeFileSync(join(devicesDir, file), bytes.subarray(0, 40))
  await app.restart()
  await app.getByRole('button', { name: 'Settings' }).click()
  const quarantine = app.getByRole('region', { name: 'Files set aside' })
  const entry = quarantine.getByRole('listitem', { name: `devices/${file}` })
  await expect(entry).toContainText('The file is damaged')
  await app.dialogs.answerSave(join(scratch, 'copy.json'))
  await entry.getByRole('button', { name: `Export file devices/${file}` }).click()
  await expect(app.getByRole('status').filter({ hasText: `Saved a copy to ${join(scratch, 'copy.json')}` })).toBeVisible()
  expect(readFileSync(join(scratch, 'copy.json'))).toEqual(bytes.subarray(0, 40))
  await entry.getByRole('button', { name: `Try to restore devices/${file}` }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'stays set aside' })).toContainText('It is still damaged')
  await app.snap('records-settings-backups-quarantine')
  rmSync(scratch, { recursive: true, force: true })
})
