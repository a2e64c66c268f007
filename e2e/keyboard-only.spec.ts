import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Api } from '@shared/ipc/contract'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { stepsOf } from '@shared/offboarding/catalogue'
import offboarding from '@shared/locales/en/offboarding.json' with { type: 'json' }
import { expect, test, type AppPage } from './fixtures'
import { isFocused, pressOn, tabTo } from './support/keyboard'
import { madeUpImei } from './support/made-up'

const IMEI = madeUpImei('35123400005555')
const PASSPHRASE = 'quiet river lantern'
const categoryLabel = (c: (typeof BACKUP_CATEGORIES)[number]) => offboarding.backup.categories[c].label

/** The rest of the sell run, through the app's own API: every step still pending except "hand over", in order. */
async function settleRemainingSteps(app: AppPage): Promise<void> {
  const steps = stepsOf('sell')
    .map((s) => s.id)
    .filter((id) => id !== 'backup' && id !== 'hand-over')
  await app.evaluate(async (ids) => {
    const api = (globalThis as unknown as { api: Api }).api
    const household = await api.household.load()
    if (!household.ok) throw new Error(household.error.message)
    const deviceId = household.data.devices[0].id
    const run = await api.runs.get({ deviceId })
    if (!run.ok || !run.data) throw new Error('no run')
    for (const stepId of ids) {
      if (run.data.steps[stepId]?.status !== 'pending') continue
      const applied = await api.runs.apply({ deviceId, change: { type: 'step-done', stepId } })
      if (!applied.ok) throw new Error(`${stepId}: ${applied.error.message}`)
    }
  }, steps)
}

test('by keyboard alone: add a phone, a sell run to the locked reset, issue a certificate, export the records', async ({ app }) => {
  test.setTimeout(240_000)
  const folder = mkdtempSync(join(tmpdir(), 'handover-keyboard-'))
  const heading = (name: string) => app.getByRole('heading', { level: 1, name })
  try {
    // Add a phone: the dialog opens on Nickname and keeps every key
    await expect(app.getByRole('heading', { name: 'Start with the first phone' })).toBeVisible()
    await pressOn(app, app.getByRole('button', { name: 'Add a phone' }))
    const form = app.getByRole('dialog', { name: 'Add a phone' })
    await expect(form.getByLabel('Nickname')).toBeFocused()
    await app.keyboard.type('Desk phone')
    await tabTo(app, form.getByLabel('Market name'))
    await app.keyboard.type('Redmi Note 13 Pro')
    await tabTo(app, form.getByLabel('IMEI 1'))
    await app.keyboard.type(IMEI)
    await tabTo(app, form.getByLabel('Notes'))
    await app.keyboard.type('Screen like new')
    await app.snap('keyboard-add-phone')
    await pressOn(app, form.getByRole('button', { name: 'Save phone' }))
    await expect(form).toBeHidden()
    await expect(heading('Phones')).toBeFocused()

    // the sell run up to the locked reset; every screen change lands on its heading
    await pressOn(app, app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: 'Desk phone', exact: true }))
    await expect(heading('Desk phone')).toBeFocused()
    await pressOn(app, app.getByRole('button', { name: 'Start handover' }))
    await expect(heading('Handover of Desk phone')).toBeFocused()
    await tabTo(app, app.getByRole('radio', { name: 'Sell or give away' }))
    await expect(app.getByRole('radio', { name: 'Sell or give away' })).toBeChecked()
    await pressOn(app, app.getByRole('button', { name: 'Start', exact: true }))
    await expect(heading('Handover of Desk phone')).toBeFocused()
    await pressOn(app, app.getByRole('button', { name: 'Mark done' }))
    await expect(app.locator('#step-title')).toHaveText('Back up, then check the backup opens elsewhere')
    for (const category of BACKUP_CATEGORIES) {
      await pressOn(app, app.getByRole('button', { name: `Skip ${categoryLabel(category)}` }))
      await app.keyboard.type(`Nothing to keep in ${categoryLabel(category)}`)
      await app.keyboard.press('Enter')
    }
    await expect(app.locator('#step-title')).not.toHaveText('Back up, then check the backup opens elsewhere')
    await pressOn(app, app.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Factory reset from Settings' }))
    await expect(app.locator('#step-title')).toHaveText('Factory reset from Settings')
    await expect(app.getByRole('note', { name: 'Locked: this step waits for' })).toBeVisible()
    await expect(app.getByRole('button', { name: 'Mark done' })).toBeDisabled()
    await app.snap('keyboard-reset-locked')

    // issue a certificate once the run is ready (the rest of the run has its own spec)
    await settleRemainingSteps(app)
    await pressOn(app, app.getByRole('button', { name: '← Desk phone' }))
    await expect(heading('Desk phone')).toBeFocused()
    await pressOn(app, app.getByRole('button', { name: 'Issue a handover certificate' }))
    const issue = app.getByRole('dialog', { name: 'Issue a handover certificate' })
    await expect(issue.getByLabel('Your name (preparing the phone)')).toBeFocused()
    await app.keyboard.type('Alex Example')
    const preview = issue.getByRole('button', { name: 'Preview' })
    await pressOn(app, preview)
    await expect(issue.frameLocator('iframe[title="Certificate preview"]').getByText('Preview — not issued yet')).toBeVisible()
    await expect(preview).toBeFocused()
    await pressOn(app, issue.getByRole('button', { name: 'Issue certificate' }))
    const viewer = app.getByRole('dialog', { name: /^Handover certificate: / })
    await expect(viewer.getByRole('status')).toHaveText(/^Certificate [0-9a-f-]{36} issued\.$/)
    await app.snap('keyboard-certificate-issued')
    await app.keyboard.press('Escape')
    await expect(viewer).toBeHidden()
    await expect(app.getByRole('list', { name: 'Certificates issued' }).getByRole('listitem')).toHaveCount(1)

    // export the records from Settings
    await pressOn(app, app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }))
    await expect(heading('Settings')).toBeFocused()
    await pressOn(app, app.getByRole('button', { name: 'Export…' }))
    const exporting = app.getByRole('dialog', { name: 'Export records' })
    await tabTo(app, exporting.getByLabel('Passphrase', { exact: true }))
    await app.keyboard.type(PASSPHRASE)
    await tabTo(app, exporting.getByLabel('Confirm passphrase'))
    await app.keyboard.type(PASSPHRASE)
    const target = join(folder, 'records.handover')
    await app.dialogs.answerSave(target)
    await pressOn(app, exporting.getByRole('button', { name: 'Export…' }))
    await expect(exporting).toBeHidden()
    await expect(app.getByRole('status').filter({ hasText: `Exported to ${target}` })).toBeVisible()
    expect(existsSync(target)).toBe(true)
    expect(readFileSync(target, 'utf8')).not.toContain(IMEI)
    expect(await isFocused(app.locator('body'))).toBe(false)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
