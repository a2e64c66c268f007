import { adbFixture } from '@harness/adb/adb-fixtures'
import { fakeAdbTest } from './support/fake-adb-test'
import { startSaleAndReturnToUsb } from './support/usb-run'
import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'

/** Opens the phone and starts a run of the given scenario. */
async function startRun(app: AppPage, nickname: string, scenario: string): Promise<void> {
  await app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: nickname, exact: true }).click()
  await app.getByRole('button', { name: 'Start handover' }).click()
  await expect(app.getByRole('heading', { level: 1, name: `Handover of ${nickname}` })).toBeVisible()
  await app.getByRole('radio', { name: scenario }).check()
  await app.getByRole('button', { name: 'Start', exact: true }).click()
}

const stepTitle = (app: AppPage) => app.locator('#step-title')
const stepNav = (app: AppPage) => app.getByRole('navigation', { name: 'Steps' })
const methodsOf = (app: AppPage, category: string) => app.getByLabel(`How is ${category} backed up?`).locator('option')

/** Opens a backup category's "What it covers and how" and returns what it says. */
async function howTo(app: AppPage, category: string) {
  const card = app.getByRole('listitem').filter({ has: app.getByRole('heading', { level: 3, name: category, exact: true }) })
  await card.getByText('What it covers and how').click()
  return card.getByRole('group')
}

async function goToStep(app: AppPage, title: string): Promise<void> {
  await stepNav(app).getByRole('button', { name: title }).click()
  await expect(stepTitle(app)).toHaveText(title)
}

test('a global HyperOS phone: photos offer no Xiaomi Cloud, files offer Drive, and no gallery or Cloud plan is mentioned', async ({
  app
}) => {
  await addPhone(app, { nickname: 'Global Redmi', marketName: 'Redmi Note 13 Pro 5G', os: 'HyperOS', region: 'Global' })
  await startRun(app, 'Global Redmi', 'Sell or give away')
  await goToStep(app, 'Back up, then check the backup opens elsewhere')
  await expect(methodsOf(app, 'Photos and videos')).toHaveText(['Copy to the computer', 'Google backup'])
  await expect(methodsOf(app, 'Files and downloads')).toHaveText(['Copy to the computer', 'Upload to Google Drive'])
  await expect(await howTo(app, 'Photos and videos')).toContainText(/Connect the phone by USB/)
  await app.getByLabel('How is Photos and videos backed up?').scrollIntoViewIfNeeded()
  await app.snap('real-phones-global-photos')

  await goToStep(app, 'Sign out of the Xiaomi account')
  const synced = app.getByRole('note', { name: 'Keep or remove synced data?' })
  await expect(synced).toContainText('contacts, notes, messages')
  await expect(synced).not.toContainText(/gallery/i)

  await goToStep(app, 'Cancel subscriptions and remove payment cards')
  await expect(app.locator('.step-instructions')).not.toContainText('Xiaomi Cloud storage plans')
  await expect(app.locator('.step-instructions')).not.toContainText('Mi Wallet')
  await expect(app.locator('.search-hint')).toBeVisible()
})

test('a China HyperOS phone: photos offer Xiaomi Cloud, and the texts name the gallery, Cloud plans and Mi Wallet', async ({ app }) => {
  await addPhone(app, { nickname: 'China Redmi', marketName: 'Redmi Note 13 Pro 5G', os: 'HyperOS', region: 'China' })
  await startRun(app, 'China Redmi', 'Sell or give away')
  await goToStep(app, 'Back up, then check the backup opens elsewhere')
  await expect(methodsOf(app, 'Photos and videos')).toHaveText(['Copy to the computer', 'Google backup', 'Xiaomi Cloud sync'])
  await app.getByLabel('How is Photos and videos backed up?').selectOption({ label: 'Xiaomi Cloud sync' })
  await expect(await howTo(app, 'Photos and videos')).toContainText(/turn on sync for the item and wait until it says it is synced/)
  await app.getByLabel('How is Photos and videos backed up?').scrollIntoViewIfNeeded()
  await app.snap('real-phones-china-photos')

  await goToStep(app, 'Sign out of the Xiaomi account')
  await expect(app.getByRole('note', { name: 'Keep or remove synced data?' })).toContainText('contacts, gallery, notes, messages')

  await goToStep(app, 'Cancel subscriptions and remove payment cards')
  await expect(app.locator('.step-instructions')).toContainText('Xiaomi Cloud storage plans')
  await expect(app.locator('.step-instructions')).toContainText('Mi Wallet: move transit cards and stored-value cards out')

  await goToStep(app, 'Factory reset from Settings')
  await expect(app.locator('.step-instructions')).toContainText('Make sure Mi Wallet holds no transit or stored-value card')
})

test('the reset waits for the SIM and eSIM step, and the post-reset check asks for a connection', async ({ app }) => {
  await addPhone(app, { nickname: 'Family Redmi', marketName: 'Redmi Note 13 Pro 5G', os: 'MIUI', region: 'Global' })
  await startRun(app, 'Family Redmi', 'Pass to a family member')

  await goToStep(app, 'Factory reset from Settings')
  const gate = app.getByRole('note', { name: 'Locked: this step waits for' })
  await expect(gate.getByRole('button', { name: 'Go to Take out SIM and memory cards, and delete any eSIM' })).toBeVisible()
  await expect(app.getByRole('note', { name: 'A reset keeps downloaded eSIMs unless you erase them' })).toBeVisible()
  await expect(app.getByRole('note', { name: 'Reset from Settings, never from recovery mode' })).toContainText(
    'if a Google account is still on the phone'
  )
  await expect(app.locator('.step-instructions')).toContainText('Erase downloaded SIMs')

  await goToStep(app, 'Take out SIM and memory cards, and delete any eSIM')
  await expect(app.locator('.step-instructions')).toContainText('Manage eSIM')
  await expect(app.locator('.step-instructions')).toContainText('does not end your contract with the operator')

  await goToStep(app, 'Check the phone starts fresh')
  await expect(app.getByRole('note', { name: 'Check online' })).toContainText('Wi-Fi or a SIM with mobile data')
  await expect(app.locator('.step-instructions')).toContainText('Connect it to Wi-Fi, or insert a SIM with mobile data')
  await app.snap('real-phones-post-reset-check')
})

test('deleting the account first unbinds bands and settles balances, and checks Xiaomi Home and Mi Fitness', async ({ app }) => {
  await addPhone(app, { nickname: 'Old Redmi', marketName: 'Redmi Note 13 Pro 5G', os: 'HyperOS', region: 'Global' })
  await startRun(app, 'Old Redmi', 'Delete my Xiaomi account for good')
  await expect(app.getByRole('note').filter({ hasText: 'Deleting a Xiaomi account cannot be undone' })).toHaveCount(0)

  await goToStep(app, 'Delete the Xiaomi account')
  const gate = app.getByRole('note', { name: 'Locked: this step waits for' })
  await expect(gate.getByRole('button', { name: 'Go to Unpair watches and bands, and sign out of Xiaomi Home' })).toBeVisible()
  await expect(gate.getByRole('button', { name: 'Go to Cancel subscriptions and remove payment cards' })).toBeVisible()

  await goToStep(app, 'Unpair watches and bands, and sign out of Xiaomi Home')
  await expect(app.locator('.step-instructions')).toContainText('Mi Fitness: open the Device tab')
  await expect(app.locator('.step-instructions')).toContainText('unpairing needs the internet')
  await expect(app.getByText('once the account is deleted, nobody can unbind them')).toBeVisible()

  await goToStep(app, 'Check that no other device is left on the account')
  await expect(app.locator('.step-instructions')).toContainText('In Xiaomi Home, check that no smart-home device is left')
  await expect(app.locator('.step-instructions')).toContainText('In Mi Fitness (and Zepp Life)')
  await app.snap('real-phones-delete-account')
})

test('the delete-account warning leaves photos out on a global phone and names them on a China phone', async ({ app }) => {
  for (const [nickname, region, photos] of [
    ['Global Mi', 'Global', false],
    ['China Mi', 'China', true]
  ] as const) {
    await addPhone(app, { nickname, marketName: 'Redmi Note 13 Pro 5G', os: 'HyperOS', region })
    await app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: nickname, exact: true }).click()
    await app.getByRole('button', { name: 'Start handover' }).click()
    await app.getByRole('radio', { name: 'Delete my Xiaomi account for good' }).check()
    const warning = app.getByRole('note').filter({ hasText: 'Deleting a Xiaomi account cannot be undone' })
    if (photos) await expect(warning).toContainText('photos')
    else await expect(warning).not.toContainText('photos')
    await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Phones' }).click()
  }
})

const usbTest = fakeAdbTest

/** The serial in the crDroid Redmi Note 11S fixture (a made-up value of the real one's shape). */
const CRDROID_SERIAL = '0YKQ0QEUEMWE44ZU'

usbTest(
  'a crDroid Redmi read over USB: flagged as a custom ROM, region Other, no model number; its journal counts accounts without naming apps',
  async ({ app, fakeAdb }) => {
    fakeAdb.connect({
      serial: CRDROID_SERIAL,
      state: 'device',
      replies: {
        getprop: adbFixture('crdroid-redmi-note-11s', 'getprop'),
        'dumpsys account': adbFixture('work-profile-phone', 'dumpsys-account')
      }
    })
    await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
    await app.getByRole('button', { name: 'Read phone' }).click()
    await expect(app.getByText(/appears to run software Xiaomi did not make: a custom ROM/)).toBeVisible()
    // No market name or model number to show: the line starts with the Android version.
    await expect(app.locator('.usb-prefill > p.muted').first()).toHaveText('Android 12')
    const changes = app.getByRole('table', { name: 'Changes to the phone’s record' })
    await expect(changes.getByRole('row', { name: /ROM region/ })).toContainText('Other')
    await expect(changes.getByRole('row', { name: /Model number/ })).toHaveCount(0)
    await app.snap('real-phones-crdroid-prefill')
    await app.getByRole('button', { name: 'Continue to the new phone’s form' }).click()

    const form = app.getByRole('dialog', { name: 'Add a phone' })
    await expect(form.getByLabel('Nickname')).toBeFocused()
    await expect(form.getByLabel('Model number')).toHaveValue('')
    await expect(form.getByLabel('ROM region')).toHaveValue('other')
    await form.getByLabel('Nickname').pressSequentially('Custom Redmi')
    await form.getByRole('button', { name: 'Save phone' }).click()
    await expect(form).toBeHidden()

    await startSaleAndReturnToUsb(app.page, 'Custom Redmi')

    const verdicts = app.getByRole('list', { name: 'Account check' })
    await app.getByRole('button', { name: 'Check accounts' }).click()
    await expect(verdicts).toContainText('A Google account is still signed in.')
    // Only Gmail's mail accounts are left: no Google account for Factory Reset Protection.
    fakeAdb.setReply(CRDROID_SERIAL, 'dumpsys account', adbFixture('work-profile-phone', 'dumpsys-account-after-sign-out'))
    await app.getByRole('button', { name: 'Check again' }).click()
    await expect(verdicts).toContainText('No Google account on any user.')
    await expect(verdicts).toContainText('No Xiaomi account on any user.')

    await app.getByRole('button', { name: '← Custom Redmi' }).click()
    await app.getByRole('button', { name: 'Continue handover' }).click()
    const journal = app.getByRole('list', { name: 'Journal' })
    await expect(journal).toContainText(
      'Main user (0): 1 Xiaomi account, 1 Google account, 3 other accounts; ' +
        'Second space or another user (10): 0 Xiaomi accounts, 1 Google account, 1 other account; ' +
        'Second space or another user (900): 0 Xiaomi accounts, 0 Google accounts, 1 other account; Dual apps (999): no accounts.'
    )
    await expect(journal).toContainText('Main user (0): 0 Xiaomi accounts, 0 Google accounts, 3 other accounts')
    for (const type of ['instagram', 'revanced', 'com.google.android.gm']) await expect(journal).not.toContainText(type)
    await journal.scrollIntoViewIfNeeded()
    await app.snap('real-phones-journal-counts')
  }
)
