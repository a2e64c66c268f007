import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { householdPlan, plantHousehold, writeReceipt } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { expect, type AppPage } from '../fixtures'

/** Re-renders the open screen in `language` (test builds), without leaving it. */
export async function showIn(app: AppPage, language: string): Promise<void> {
  await app.page.evaluate(
    (code) => (globalThis as unknown as { __handoverShowIn: (code: string) => Promise<unknown> }).__handoverShowIn(code),
    language
  )
  await expect(app.locator('html')).toHaveAttribute('lang', language)
}

/**
 * Walks every screen and dialog of the app (29 states), by English names, calling `check` in each: an empty household
 * and the phone form, then a planted household with its runs, certificate, toasts, USB, verify, settings, export and import.
 */
export async function walkEveryState(app: AppPage, check: (state: string) => Promise<void>): Promise<void> {
  // the receipt the household attaches and the archive the walk exports
  const scratch = mkdtempSync(join(tmpdir(), 'handover-walk-'))
  try {
    await walkIn(app, check, scratch)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function walkIn(app: AppPage, check: (state: string) => Promise<void>, scratch: string): Promise<void> {
  const menu = (command: 'export' | 'import' | 'about') => app.main.menu(command)
  // an empty household, the form (empty and refused), the About dialog
  await expect(app.getByRole('heading', { name: 'Start with the first phone' })).toBeVisible()
  await check('dashboard, empty')
  await app.getByRole('button', { name: 'Add a phone' }).click()
  const form = app.getByRole('dialog', { name: 'Add a phone' })
  await check('dialog: add a phone')
  await form.getByRole('button', { name: 'Save phone' }).click()
  await expect(form.getByRole('alert')).toBeVisible()
  await check('dialog: add a phone, refused')
  await form.getByRole('button', { name: 'Cancel' }).click()
  await menu('about')
  await expect(app.getByRole('dialog', { name: /About/ })).toBeVisible()
  await check('dialog: about')
  await app.keyboard.press('Escape')

  // a household: three phones, runs, a certificate, a receipt, a backup, and one damaged file set aside
  await app.dialogs.answerOpen([writeReceipt(scratch)])
  const seeded = await app.main.run(plantHousehold, householdPlan())
  await app.main.run(
    async (services, phone) => {
      await services.backups.create('manual')
      const archived = await services.household.create(phone)
      await services.household.setStatus(archived.id, 'archived')
    },
    madeUpPhone({ nickname: 'Archived phone', serial: '', imei1: '', imei2: '' })
  )
  writeFileSync(join(app.dataDir, 'devices', `${crypto.randomUUID()}.json`), '{"truncated":')
  await app.restart()
  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await check('dashboard, three phones, quarantine banner')
  const showArchived = app.getByRole('checkbox', { name: 'Show archived' })
  await showArchived.check()
  await expect(list.getByRole('listitem')).toHaveCount(4)
  await check('dashboard, archived phone shown')
  await list.getByRole('button', { name: 'Delete Archived phone' }).click()
  await app.getByRole('alertdialog', { name: 'Delete Archived phone?' }).getByRole('button', { name: 'Delete phone' }).click()
  const notifications = app.getByRole('region', { name: 'Notifications' })
  await expect(notifications.getByRole('button', { name: 'Undo' })).toBeVisible()
  await check('dashboard, an undo toast')
  // the trash emptied behind the app's back: the undo is refused
  rmSync(join(app.dataDir, 'trash'), { recursive: true, force: true })
  await notifications.getByRole('button', { name: 'Undo' }).click()
  await expect(notifications.getByRole('alert')).toBeVisible()
  await check('dashboard, a refused undo')
  await showArchived.uncheck()
  await list.getByRole('combobox', { name: 'Status of Kitchen POCO' }).selectOption({ label: 'Recycled' })
  await expect(notifications.getByRole('status')).toHaveCount(1)
  await check('dashboard, a toast')
  await list.getByRole('button', { name: 'Delete Spare Xiaomi' }).click()
  await check('dialog: delete confirmation')
  await app.keyboard.press('Escape')
  await list.getByRole('button', { name: 'Edit Kitchen POCO' }).click()
  await expect(app.getByRole('dialog', { name: 'Edit Kitchen POCO' }).getByLabel('IMEI 1')).not.toHaveValue('')
  await check('dialog: edit a phone')
  await app.keyboard.press('Escape')

  // the sold phone: record, certificate viewer, issue dialog with preview, finished run
  await list.getByRole('button', { name: 'Old Redmi', exact: true }).click()
  await expect(app.getByRole('heading', { name: 'Old Redmi', level: 1 })).toBeVisible()
  await app.getByRole('button', { name: 'Show IMEI 1' }).click()
  await check('phone screen')
  await app.getByRole('button', { name: `View certificate ${seeded.certificateId.slice(0, 8)}` }).click()
  const viewer = app.getByRole('dialog', { name: /^Handover certificate: / })
  await expect(viewer.frameLocator('iframe').getByRole('heading', { name: 'Handover certificate' })).toBeVisible()
  await check('dialog: certificate viewer')
  await app.keyboard.press('Escape')
  await app.getByRole('button', { name: 'Issue a handover certificate' }).click()
  const issue = app.getByRole('dialog', { name: 'Issue a handover certificate' })
  await check('dialog: issue a certificate')
  await issue.getByLabel('Your name (preparing the phone)').pressSequentially('Alex Example')
  await issue.getByRole('button', { name: 'Preview' }).click()
  await expect(issue.frameLocator('iframe').getByText('Preview — not issued yet')).toBeVisible()
  await check('dialog: issue a certificate, preview')
  await app.keyboard.press('Escape')
  await app
    .getByRole('button', { name: /^(Continue|Start) handover$|^Open the handover$/ })
    .first()
    .click()
  await expect(app.getByRole('heading', { level: 1, name: 'Handover of Old Redmi' })).toBeVisible()
  await check('run: finished sell run, hand over')

  // the trade-in in progress: prepare, back up with a skip form open, the locked reset
  await app.getByRole('button', { name: 'Phones', exact: true }).click()
  await list.getByRole('button', { name: 'Kitchen POCO', exact: true }).click()
  await app.getByRole('button', { name: 'Continue handover' }).click()
  await expect(app.locator('#step-title')).toBeVisible()
  await check('run: trade-in, first step')
  const steps = app.getByRole('navigation', { name: 'Steps' })
  await steps.getByRole('button', { name: /^Back up/ }).click()
  await app.getByRole('button', { name: 'Skip Contacts' }).click()
  await check('run: back up, skip reason open')
  await app.keyboard.press('Escape')
  await app.getByRole('button', { name: 'Photos and videos is backed up' }).click()
  await expect(app.getByRole('note').filter({ hasText: 'Not settled yet' })).toBeVisible()
  await check('run: back up, one backed up but not checked')
  await steps.getByRole('button', { name: 'Factory reset from Settings' }).click()
  await expect(app.getByRole('note', { name: 'Locked: this step waits for' })).toBeVisible()
  await check('run: factory reset, locked')

  // the spare phone: the scenario chooser, then the locked-out routes
  await app.getByRole('button', { name: 'Phones', exact: true }).click()
  await list.getByRole('button', { name: 'Spare Xiaomi', exact: true }).click()
  await app.getByRole('button', { name: 'Start handover' }).click()
  await expect(app.getByRole('radio', { name: 'Sell or give away' })).toBeVisible()
  await check('run: scenario chooser')
  await app.getByRole('radio', { name: /I'm locked out/ }).check()
  await app.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(app.getByRole('heading', { name: 'Locked out: the official routes' })).toBeVisible()
  await check('run: locked out')
  await app.getByRole('button', { name: '← Spare Xiaomi' }).click()
  await app.getByRole('button', { name: 'USB check' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'USB check: Spare Xiaomi' })).toBeVisible()
  await check('USB check, recorded phone')

  // the other screens
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
  await check('USB check, new phone')
  await app.getByRole('button', { name: 'Verify a certificate' }).click()
  await expect(app.getByRole('heading', { name: 'Verify a certificate', level: 1 })).toBeVisible()
  await check('verify, empty')
  await app.getByLabel('Text from the certificate’s QR code').pressSequentially('not a certificate')
  await app.getByRole('button', { name: 'Check QR text' }).click()
  await expect(app.getByRole('status').filter({ hasText: /valid|not a Handover certificate/i })).toBeVisible()
  await check('verify, verdict')
  await app.getByRole('button', { name: 'Settings' }).click()
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(app.getByRole('table', { name: 'Backups' })).toBeVisible()
  await check('settings, backups and quarantine')
  await app
    .getByRole('button', { name: /^Restore the backup from/ })
    .first()
    .click()
  await check('dialog: restore a backup')
  await app.keyboard.press('Escape')

  // export, then import what was exported
  await menu('export')
  const exporting = app.getByRole('dialog', { name: 'Export records' })
  await check('dialog: export')
  await exporting.getByRole('checkbox', { name: 'Protect the archive with a passphrase' }).uncheck()
  await check('dialog: export, unprotected warning')
  const archive = join(scratch, 'records.handover')
  await app.dialogs.answerSave(archive)
  await exporting.getByRole('button', { name: 'Export…' }).click()
  await expect(exporting).toBeHidden()
  expect(readdirSync(scratch)).toContain('records.handover')
  await app.dialogs.answerOpen([archive])
  await menu('import')
  const importing = app.getByRole('dialog', { name: 'Import records' })
  await expect(importing.getByRole('table', { name: 'What the import will do' })).toBeVisible()
  await check('dialog: import preview')
}
