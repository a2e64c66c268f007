import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BACKUP_CATEGORIES } from '@shared/offboarding/backup'
import { stepsOf } from '@shared/offboarding/catalogue'
import type { Scenario } from '@shared/offboarding/scenarios'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test, type AppPage } from './fixtures'

/** A phone with a run of `scenario` started; with `toHandOver`, every backup skipped and every step but the last done. */
async function seedRun(app: AppPage, nickname: string, scenario: Scenario, toHandOver = false): Promise<{ id: string }> {
  const settle = toHandOver && scenario !== 'locked-out'
  const id = await app.main.run(
    async (services, seed) => {
      const phone = await services.household.create(seed.phone)
      await services.runs.start(phone.id, seed.scenario)
      for (const category of seed.skipped)
        await services.runs.apply(phone.id, { type: 'backup-skip', category, reason: 'nothing kept there' })
      for (const stepId of seed.done) await services.runs.apply(phone.id, { type: 'step-done', stepId })
      return phone.id
    },
    {
      phone: madeUpPhone({ nickname, imei1: madeUpImei(`3500001${String(nickname.length).padStart(7, '0')}`), imei2: '' }),
      scenario,
      skipped: settle ? [...BACKUP_CATEGORIES] : [],
      done: settle
        ? stepsOf(scenario)
            .slice(0, -1)
            .flatMap((step) => (step.id === 'backup' ? [] : [step.id]))
        : []
    }
  )
  return { id }
}

async function openRun(app: AppPage, nickname: string): Promise<void> {
  await app.reload()
  await app.getByRole('button', { name: nickname, exact: true }).click()
  await app.getByRole('button', { name: /^(Continue|Start) handover$/ }).click()
}

test('the phone form marks the required nickname, says what is missing, counts to 200, and guesses no brand, OS or region', async ({
  app
}) => {
  await app.getByRole('button', { name: 'Add a phone' }).click()
  const dialog = app.getByRole('dialog', { name: 'Add a phone' })
  const nickname = dialog.getByRole('textbox', { name: 'Nickname (required)' })
  await expect(nickname).toHaveAttribute('required', '')
  await expect(dialog.getByRole('combobox', { name: 'Brand' })).toHaveValue('')
  await expect(dialog.getByRole('combobox', { name: 'Brand' }).locator('option:checked')).toHaveText('Not sure')
  await expect(dialog.getByRole('combobox', { name: 'Operating system' })).toHaveValue('')
  await expect(dialog.getByRole('combobox', { name: 'ROM region' }).locator('option:checked')).toHaveText('Not sure')

  await dialog.getByRole('button', { name: 'Save phone' }).click()
  await expect(nickname).toHaveAccessibleDescription(/Give the phone a nickname/)
  await app.snap('words-nickname-missing')

  await nickname.pressSequentially('A very long nickname '.repeat(10))
  await expect(nickname).toHaveValue('A very long nickname '.repeat(10).slice(0, 200))
  await expect(dialog.getByText('200 of 200 characters')).toBeVisible()
  await expect(nickname).toHaveAccessibleDescription(/200 of 200 characters/)
  await app.snap('words-nickname-counter')
  await dialog.getByRole('button', { name: 'Save phone' }).click()
  await expect(dialog).toBeHidden()
  const saved = await app.main.run((services) => services.household.current().devices[0])
  expect({ brand: saved.brand, osFamily: saved.osFamily, romRegion: saved.romRegion }).toEqual({
    brand: '',
    osFamily: '',
    romRegion: 'unknown'
  })
})

test('the phone count says how many are shown when archived phones are hidden', async ({ app }) => {
  const phones = ['One', 'Two', 'Three', 'Four', 'Five'].map((nickname, index) =>
    madeUpPhone({ nickname, imei1: madeUpImei(`3500002000000${index}`), imei2: '' })
  )
  await app.main.run(async (services, input) => {
    for (const phone of input) {
      const saved = await services.household.create(phone)
      if (phone.nickname === 'Five') await services.household.setStatus(saved.id, 'archived')
    }
  }, phones)
  await app.reload()
  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(4)
  await expect(app.getByText('4 of 5 phones shown; archived phones are hidden')).toBeVisible()
  await app.getByRole('checkbox', { name: 'Show archived' }).check()
  await expect(list.getByRole('listitem')).toHaveCount(5)
  await expect(app.getByText('5 phones', { exact: true })).toBeVisible()
})

test('Verify calls a file that is not a certificate "not a Handover certificate", not altered', async ({ app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'handover-words-'))
  const notes = join(folder, 'shopping-list.pdf')
  writeFileSync(notes, 'Milk, eggs, a new phone case\n')
  await app.getByRole('button', { name: 'Verify a certificate' }).click()
  await app.dialogs.answerOpen([notes])
  await app.getByRole('button', { name: 'Choose a certificate PDF…' }).click()
  await expect(app.getByText('This is not a Handover certificate.')).toBeVisible()
  await expect(app.getByText(/altered or is damaged/)).toHaveCount(0)
  await app.getByRole('textbox', { name: 'Text from the certificate’s QR code' }).pressSequentially('hello there')
  await app.getByRole('button', { name: 'Check QR text' }).click()
  await expect(app.getByText('This is not a Handover certificate.')).toBeVisible()
  await app.snap('words-verify-not-a-certificate')
})

test('changing what is happening preselects the current answer, and the same answer goes back without asking', async ({ app }) => {
  await seedRun(app, 'Tradein phone', 'trade-in')
  await openRun(app, 'Tradein phone')
  await app.getByRole('button', { name: 'Change what is happening' }).click()
  await expect(app.getByRole('radio', { name: /^Trade in or recycle/ })).toBeChecked()
  await app.getByRole('button', { name: 'Continue with this answer' }).click()
  await expect(app.getByRole('alertdialog')).toHaveCount(0)
  await expect(app.getByText('Scenario: Trade in or recycle')).toBeVisible()

  await app.getByRole('button', { name: 'Change what is happening' }).click()
  await app.getByRole('radio', { name: /^Sell or give away/ }).check()
  await app.getByRole('button', { name: 'Start', exact: true }).click()
  const confirm = app.getByRole('alertdialog', { name: 'Start again with a new answer?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
})

test('delete-account and locked-out runs set the phone to Preparing, like every run', async ({ app }) => {
  await seedRun(app, 'Account phone', 'delete-account')
  await seedRun(app, 'Locked phone', 'locked-out')
  await app.reload()
  await expect(app.getByRole('combobox', { name: 'Status of Account phone' })).toHaveValue('preparing')
  await expect(app.getByRole('combobox', { name: 'Status of Locked phone' })).toHaveValue('preparing')
})

test('the certificate card lists the steps still to do', async ({ app }) => {
  await seedRun(app, 'Early phone', 'sell')
  await app.reload()
  await app.getByRole('button', { name: 'Early phone', exact: true }).click()
  const card = app.getByRole('region', { name: 'Handover certificate' })
  const pending = card.getByRole('note').getByRole('listitem')
  await expect(pending.first()).toBeVisible()
  expect(await pending.count()).toBeGreaterThan(3)
  await expect(pending.first()).toHaveText('Check that you can sign in to your accounts')
  await card.scrollIntoViewIfNeeded()
  await app.snap('words-certificate-pending-list')
})

test('issuing the certificate completes Hand over; the preview shows itself; a settled step can be set back', async ({ app }) => {
  await seedRun(app, 'Sale phone', 'sell', true)
  await openRun(app, 'Sale phone')
  await expect(app.getByRole('heading', { name: 'Hand over the phone', level: 2 })).toBeVisible()
  const panel = app.getByRole('region', { name: 'Hand over the phone' })
  await expect(panel.locator('.button-primary')).toHaveCount(1)
  await expect(panel.getByRole('button', { name: 'Issue a handover certificate' })).toHaveClass(/button-primary/)
  await expect(panel.getByRole('button', { name: 'Mark handed over without a certificate' })).not.toHaveClass(/button-primary/)

  await panel.getByRole('button', { name: 'Issue a handover certificate' }).click()
  const form = app.getByRole('dialog', { name: 'Issue a handover certificate' })
  await form.getByLabel('Your name (preparing the phone)').pressSequentially('Alex Example')
  await form.getByRole('radio', { name: 'Sold' }).check()
  await form.getByRole('button', { name: 'Preview' }).click()
  const frame = form.locator('iframe[title="Certificate preview"]')
  await expect(frame).toBeInViewport({ ratio: 0.3 })
  // every backup category was skipped: the backup step says so instead of "Done — The owner"
  await expect(form.frameLocator('iframe[title="Certificate preview"]').getByText('Nothing was backed up')).toBeVisible()
  await app.snap('words-certificate-preview')
  await form.getByRole('button', { name: 'Issue certificate' }).click()

  const viewer = app.getByRole('dialog', { name: /^Handover certificate: Sold, issued / })
  await expect(viewer).toBeVisible()
  await expect(viewer.getByRole('heading', { level: 2 })).not.toHaveText(/[0-9a-f]{8}-[0-9a-f]{4}/)
  await app.snap('words-certificate-viewer')
  await viewer.getByRole('button', { name: 'Close' }).click()
  await expect(app.getByText('This handover is finished.')).toBeVisible()
  await expect(panel.getByText('Done', { exact: true })).toBeVisible()

  await panel.getByRole('button', { name: 'Set back to “To do”' }).click()
  await expect(app.getByText('This handover is finished.')).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Mark handed over without a certificate' })).toBeVisible()
})

test('a repair’s hand-over step says one thing and offers no certificate', async ({ app }) => {
  await seedRun(app, 'Repair phone', 'repair', true)
  await openRun(app, 'Repair phone')
  const panel = app.getByRole('region', { name: 'Hand over the phone' })
  await expect(panel).toContainText('A repair needs no handover certificate')
  await expect(panel).not.toContainText('Issue the handover certificate')
  await expect(panel.getByRole('region', { name: 'Handover certificate' })).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Mark done' })).toHaveClass(/button-primary/)
  await app.snap('words-repair-hand-over')
})

test('the quarantine banner names the phone and leads to Settings', async ({ app }) => {
  const { id } = await seedRun(app, 'Kitchen POCO', 'trade-in')
  const file = join(app.dataDir, 'devices', `${id}.json`)
  const bytes = readFileSync(file)
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
  await app.restart()
  const banner = app.getByRole('alert').filter({ hasText: 'set aside' })
  await expect(banner).toContainText('the record of Kitchen POCO')
  await expect(banner).not.toContainText(id)
  await app.snap('words-quarantine-banner')
  await banner.getByRole('button', { name: 'Review the set-aside files' }).click()
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
})

test('Backups to keep = 0 says why instead of disabling Save', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings' }).click()
  const keep = app.getByRole('spinbutton', { name: 'Backups to keep' })
  await expect(keep).not.toHaveValue('')
  const before = await keep.inputValue()
  await keep.click()
  await app.keyboard.press('ControlOrMeta+a')
  await app.keyboard.type('0')
  const save = app.getByRole('region', { name: 'Backups', exact: true }).getByRole('button', { name: 'Save' })
  await expect(save).toBeEnabled()
  await save.click()
  await expect(app.getByRole('alert').filter({ hasText: 'Keep at least 1 backup' })).toBeVisible()
  await expect(keep).toHaveAttribute('aria-invalid', 'true')
  expect(String(await app.main.run((services) => services.backups.settings().keep))).toBe(before)
  await app.snap('words-backups-keep-zero')
})
