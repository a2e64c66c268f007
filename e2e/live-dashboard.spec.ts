import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { adbFixture, adbReplies } from '@harness/adb/adb-fixtures'
import { SELL_RUN_SETTLEMENT } from '@harness/data/full-household'
import { addPhone } from './support/add-phone'
import { fakeAdbTest } from './support/fake-adb-test'
import { expect, type AppPage } from './fixtures'

// The dashboard follows what the main process pushes: after each of these changes it shows the phone's
// status and run progress as they are now, without a restart or a reload.

const TABLET = 'HT7Q00DEMO01'
const STARTED = { status: 'preparing', progress: 'Sell or give away: 0% done' }
const FINISHED = { status: 'handed-over', progress: 'Sell or give away: 100% done' }

const liveTest = fakeAdbTest

/** Adds a phone through the form and returns its id. */
async function addRecordedPhone(app: AppPage, nickname: string): Promise<string> {
  await addPhone(app, { nickname })
  return app.main.run((services, name) => services.household.current().devices.find((d) => d.nickname === name)!.id, nickname)
}

/** Starts a "sell" run of the phone. */
const startSellRun = (app: AppPage, id: string) =>
  app.main.run(async (services, deviceId) => void (await services.runs.start(deviceId, 'sell')), id)

/** Completes the phone's started "sell" run: every backup skipped with a reason, every other step done in order. */
const settleSellRun = (app: AppPage, id: string) =>
  app.main.run(
    async (services, { deviceId, changes }) => {
      for (const change of changes) await services.runs.apply(deviceId, change)
    },
    { deviceId: id, changes: SELL_RUN_SETTLEMENT }
  )

/** The phone's row shows this status and run progress. */
async function expectRow(app: AppPage, nickname: string, expected: { status: string; progress: string }): Promise<void> {
  const row = app.getByRole('list', { name: 'Phones in the household' }).getByRole('listitem', { name: nickname })
  await expect(row.getByRole('combobox', { name: `Status of ${nickname}` })).toHaveValue(expected.status)
  await expect(row).toContainText(expected.progress)
}

liveTest('after an import, the dashboard shows the imported status and run progress', async ({ app }) => {
  const scratch = mkdtempSync(join(tmpdir(), 'handover-live-'))
  const archive = join(scratch, 'started.handover')
  const id = await addRecordedPhone(app, 'Old Redmi')
  await startSellRun(app, id)
  await expectRow(app, 'Old Redmi', STARTED)
  await app.dialogs.answerSave(archive)
  await app.main.run((services) => services.archive.exportAll())

  await settleSellRun(app, id)
  await expectRow(app, 'Old Redmi', FINISHED)

  await app.dialogs.answerOpen([archive])
  await app.main.menu('import')
  const dialog = app.getByRole('dialog', { name: 'Import records' })
  await dialog.getByRole('button', { name: /^Import \d+ changes?$/ }).click()
  await expect(dialog).toBeHidden()
  await expectRow(app, 'Old Redmi', STARTED)
  await app.snap('live-dashboard-after-import')
  rmSync(scratch, { recursive: true, force: true })
})

liveTest('after a backup is restored, the dashboard shows the restored status and run progress', async ({ app }) => {
  const id = await addRecordedPhone(app, 'Old Redmi')
  await startSellRun(app, id)
  await expectRow(app, 'Old Redmi', STARTED)
  // the backup is made before the run moves on, so restoring it brings back the started run
  await app.main.run(async (services) => {
    await services.backups.create('manual')
  })
  await settleSellRun(app, id)
  await expectRow(app, 'Old Redmi', FINISHED)

  await app.getByRole('button', { name: 'Settings' }).click()
  const backups = app.getByRole('region', { name: 'Backups' })
  await backups
    .getByRole('button', { name: /^Restore the backup from/ })
    .first()
    .click()
  await app
    .getByRole('alertdialog', { name: /^Restore the backup from/ })
    .getByRole('button', { name: 'Restore backup' })
    .click()
  await expect(app.getByRole('status').filter({ hasText: 'The backup was restored.' })).toBeVisible()
  await app.getByRole('button', { name: 'Phones' }).click()
  await expectRow(app, 'Old Redmi', STARTED)
})

liveTest('after a file set aside is put back, the dashboard shows the run it holds', async ({ app }) => {
  const id = await addRecordedPhone(app, 'Old Redmi')
  await startSellRun(app, id)
  await settleSellRun(app, id)
  await expectRow(app, 'Old Redmi', FINISHED)
  const runFile = join(app.dataDir, 'runs', `${id}.json`)
  const bytes = readFileSync(runFile)
  writeFileSync(runFile, bytes.subarray(0, 40))
  await app.restart()
  // The dashboard reads the runs; the damaged one is set aside and the phone shows no run.
  const quarantineDir = join(app.dataDir, 'quarantine')
  const setAside = () => (existsSync(quarantineDir) ? readdirSync(quarantineDir).filter((name) => name.endsWith(`__${id}.json`)) : [])
  await expect.poll(() => setAside().length).toBe(1)
  const row = app.getByRole('list', { name: 'Phones in the household' }).getByRole('listitem', { name: 'Old Redmi' })
  await expect(row.getByRole('combobox', { name: 'Status of Old Redmi' })).toHaveValue('handed-over')
  await expect(row).not.toContainText('% done')

  // The owner mends the file set aside (here: puts the good bytes back) and asks to restore it.
  writeFileSync(join(quarantineDir, setAside()[0]), bytes)
  await app.getByRole('button', { name: 'Settings' }).click()
  const entry = app.getByRole('region', { name: 'Files set aside' }).getByRole('listitem', { name: `runs/${id}.json` })
  await entry.getByRole('button', { name: `Try to restore runs/${id}.json` }).click()
  await expect(entry).toBeHidden()
  await app.getByRole('button', { name: 'Phones' }).click()
  await expectRow(app, 'Old Redmi', FINISHED)
})

liveTest('after a USB check confirms the sign-out, the dashboard shows the run progress it made', async ({ app, fakeAdb }) => {
  fakeAdb.connect({
    serial: TABLET,
    state: 'device',
    replies: { ...adbReplies('hyperos2-tablet'), 'dumpsys account': adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out') }
  })
  const id = await addRecordedPhone(app, 'Kitchen tablet')
  await startSellRun(app, id)
  await expectRow(app, 'Kitchen tablet', STARTED)

  await app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: 'Kitchen tablet', exact: true }).click()
  await app.getByRole('button', { name: 'USB check' }).click()
  await expect(app.getByText('Connected: phone …MO01, ready to read.')).toBeVisible()
  await app.getByRole('button', { name: 'Check accounts' }).click()
  await expect(app.getByRole('list', { name: 'Account check' })).toContainText('No Xiaomi account on any user.')
  const confirmed = await app.main.run((services, deviceId) => services.runs.get(deviceId)!.steps['xiaomi-sign-out'], id)
  expect(confirmed).toMatchObject({ status: 'done', confirmedBy: 'usb' })

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Phones' }).click()
  const row = app.getByRole('list', { name: 'Phones in the household' }).getByRole('listitem', { name: 'Kitchen tablet' })
  await expect(row).not.toContainText('0% done')
  await expect(row).toContainText(/Sell or give away: [1-9]\d?% done/)
  await app.snap('live-dashboard-after-usb-check')
})
