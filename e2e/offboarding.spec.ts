import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'
import { pressOn, tabTo } from './support/keyboard'
import { madeUpImei } from './support/made-up'

const BACKUP_LABELS = [
  'Authenticator and 2FA apps',
  'Contacts',
  'Messages (SMS and MMS)',
  'Photos and videos',
  'Call log',
  'Notes and recordings',
  'Chat apps',
  'Files and downloads',
  'App data',
  'eSIM and phone number',
  'Banking and payment apps'
]

async function openRun(app: AppPage, nickname: string, keyboard: boolean): Promise<void> {
  const name = app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: nickname, exact: true })
  const card = app.getByRole('button', { name: /^(Start|Continue) handover$/ })
  if (keyboard) {
    await pressOn(app, name)
    await pressOn(app, card)
  } else {
    await name.click()
    await card.click()
  }
  await expect(app.getByRole('heading', { level: 1, name: `Handover of ${nickname}` })).toBeVisible()
}

const stepTitle = (app: AppPage) => app.locator('#step-title')
const markDone = (app: AppPage) => app.getByRole('button', { name: 'Mark done' })
const journal = (app: AppPage) => app.getByRole('list', { name: 'Journal' }).getByRole('listitem')
const stepNav = (app: AppPage) => app.getByRole('navigation', { name: 'Steps' })

test('a HyperOS phone: a sell run by keyboard alone, gated reset, restart mid-run, undo, until ready to hand over', async ({ app }) => {
  test.setTimeout(180_000)
  await addPhone(app, { nickname: 'Hyper phone', marketName: 'Redmi Note 13 Pro', os: 'HyperOS', imei1: madeUpImei('35123400001111') })
  await openRun(app, 'Hyper phone', true)

  // the scenario chooser: "Sell or give away" is the first answer
  await tabTo(app, app.getByRole('radio', { name: 'Sell or give away' }))
  await expect(app.getByRole('radio', { name: 'Sell or give away' })).toBeChecked()
  await app.snap('run-chooser')
  await pressOn(app, app.getByRole('button', { name: 'Start', exact: true }))

  // Prepare
  await expect(stepTitle(app)).toHaveText('Check that you can sign in to your accounts')
  await expect(app.getByRole('list', { name: 'Stages' }).getByRole('listitem')).toHaveText([
    /Prepare/,
    /Back up/,
    /Disconnect/,
    /Reset/,
    /Check/,
    /Hand over/
  ])
  await expect(app.getByRole('note', { name: 'Do not change your Google password now' })).toBeVisible()
  await app.snap('run-stage-prepare')
  await pressOn(app, markDone(app))

  // Back up: a skip needs a reason; one category backed up and checked, the others skipped with reasons
  await expect(stepTitle(app)).toHaveText('Back up, then check the backup opens elsewhere')
  await expect(stepTitle(app)).toBeFocused()
  await expect(app.getByRole('note').filter({ hasText: 'Move these first' })).toBeVisible()
  await pressOn(app, app.getByRole('button', { name: 'Skip Authenticator and 2FA apps' }))
  await app.keyboard.press('Enter')
  await expect(app.getByRole('alert').filter({ hasText: 'Say in a few words why you skip this.' })).toBeVisible()
  await app.keyboard.type('No authenticator app on this phone')
  await app.keyboard.press('Enter')
  await app.snap('run-stage-backup')
  await pressOn(app, app.getByRole('button', { name: 'Checked it opens elsewhere: Photos and videos' }))
  for (const label of BACKUP_LABELS.filter((l) => !['Authenticator and 2FA apps', 'Photos and videos'].includes(l))) {
    await pressOn(app, app.getByRole('button', { name: `Skip ${label}` }))
    await app.keyboard.type(`Nothing to keep in ${label}`)
    await app.keyboard.press('Enter')
  }

  // Disconnect: the reset step refuses while Find device is pending, and names it
  await expect(stepTitle(app)).toHaveText('Unpair watches and bands, and sign out of Xiaomi Home')
  await pressOn(app, stepNav(app).getByRole('button', { name: 'Factory reset from Settings' }))
  await expect(stepTitle(app)).toHaveText('Factory reset from Settings')
  const gate = app.getByRole('note', { name: 'Locked: this step waits for' })
  await expect(gate.getByRole('button', { name: 'Go to Turn off Find device' })).toBeVisible()
  await expect(gate.getByRole('button', { name: 'Go to Sign out of the Xiaomi account' })).toBeVisible()
  await expect(gate.getByRole('button', { name: 'Go to Remove every Google account' })).toBeVisible()
  await expect(markDone(app)).toBeDisabled()
  await expect(app.getByRole('note', { name: 'Reset from Settings, never from recovery mode' })).toBeVisible()
  await app.snap('run-stage-reset-locked')
  await pressOn(app, gate.getByRole('button', { name: 'Go to Turn off Find device' }))
  await expect(stepTitle(app)).toHaveText('Turn off Find device')
  await expect(app.getByText('Open Settings › Xiaomi Account › Xiaomi Cloud (on some builds: Devices) › Find device.')).toBeVisible()
  await expect(app.getByRole('heading', { name: 'Instructions for HyperOS 1–3' })).toBeVisible()
  await app.snap('run-stage-disconnect')
  await pressOn(app, markDone(app))

  await expect(stepTitle(app)).toHaveText('Unpair watches and bands, and sign out of Xiaomi Home')
  await pressOn(app, app.getByRole('button', { name: 'Not applicable to this phone' }))
  for (const title of ['Cancel subscriptions and remove payment cards', 'Sign out of the Xiaomi account']) {
    await expect(stepTitle(app)).toHaveText(title)
    await pressOn(app, markDone(app))
  }

  // restart mid-run: it resumes at the same step with the journal intact
  await expect(stepTitle(app)).toHaveText("Remove the phone from your account's device list online")
  const before = await journal(app).allTextContents()
  expect(before).toHaveLength(1 + 1 + BACKUP_LABELS.length + 4)
  await app.restart()
  await openRun(app, 'Hyper phone', true)
  await expect(stepTitle(app)).toHaveText("Remove the phone from your account's device list online")
  await expect(journal(app)).toHaveText(before)

  // undo reverts the last change
  await pressOn(app, markDone(app))
  await expect(stepTitle(app)).toHaveText('Remove every Google account')
  await pressOn(app, app.getByRole('button', { name: 'Undo last change' }))
  await expect(stepTitle(app)).toHaveText("Remove the phone from your account's device list online")
  await expect(markDone(app)).toBeEnabled()
  await expect(journal(app).first()).toContainText("Undone: “Remove the phone from your account's device list online”: Done")
  await pressOn(app, markDone(app))

  for (const title of [
    'Remove every Google account',
    'Take out SIM and memory cards, and delete any eSIM',
    'Factory reset from Settings'
  ]) {
    await expect(stepTitle(app)).toHaveText(title)
    await pressOn(app, markDone(app))
  }
  await expect(stepTitle(app)).toHaveText('Check the phone starts fresh')
  await app.snap('run-stage-check')
  await pressOn(app, markDone(app))

  await expect(stepTitle(app)).toHaveText('Hand over the phone')
  await expect(app.getByRole('status').filter({ hasText: 'Ready to hand over: every required step is settled.' })).toBeVisible()
  await expect(app.getByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute('aria-valuetext', '11 of 12 steps')
  await app.snap('run-stage-hand-over')

  // the phone's status followed the run
  await pressOn(app, app.getByRole('button', { name: '← Hyper phone' }))
  await expect(app.getByText('Sell or give away: 92% done · Ready to hand over')).toBeVisible()
  await app.getByRole('button', { name: 'Back to phones' }).first().click()
  await expect(app.getByRole('combobox', { name: 'Status of Hyper phone' })).toHaveValue('ready')
  await expect(app.getByRole('list', { name: 'Phones in the household' }).getByRole('listitem', { name: 'Hyper phone' })).toContainText(
    'Sell or give away: 92% done'
  )
  await app.snap('dashboard-run-progress')
})

test('Find device shows the MIUI menu path on a MIUI phone', async ({ app }) => {
  await addPhone(app, { nickname: 'Old MIUI phone', marketName: 'POCO F4', os: 'MIUI', imei1: madeUpImei('86012300002222') })
  await openRun(app, 'Old MIUI phone', false)
  await app.getByRole('button', { name: 'Start', exact: true }).click()
  await stepNav(app).getByRole('button', { name: 'Turn off Find device' }).click()
  await expect(app.getByRole('heading', { name: 'Instructions for MIUI 12–14' })).toBeVisible()
  await expect(
    app.getByText('Open Settings › Mi Account (Xiaomi Account on later MIUI 13–14 builds) › Mi Cloud › Find device.')
  ).toBeVisible()
  await expect(app.getByText(/Xiaomi Cloud \(on some builds: Devices\)/)).toHaveCount(0)
  await app.snap('run-find-device-miui')
})

test('locked out: official routes only, and a receipt that is still there after a restart', async ({ app }) => {
  const outside = mkdtempSync(join(tmpdir(), 'handover-receipt-'))
  const receipt = join(outside, 'receipt-2024-03.pdf')
  writeFileSync(receipt, '%PDF-1.4 made-up receipt for a test')
  try {
    await addPhone(app, {
      nickname: 'Second-hand phone',
      marketName: 'Redmi Note 13 Pro',
      os: 'HyperOS',
      imei1: madeUpImei('35999900003333')
    })
    await openRun(app, 'Second-hand phone', false)
    await app.getByRole('radio', { name: /I'm locked out/ }).check()
    await app.getByRole('button', { name: 'Start', exact: true }).click()

    await expect(app.getByRole('heading', { name: 'Locked out: the official routes' })).toBeVisible()
    await expect(stepNav(app)).toHaveCount(0)
    await expect(app.getByRole('button', { name: 'Mark done' })).toHaveCount(0)
    await expect(app.getByRole('note', { name: 'Why Handover does not suggest unlocking tools' })).toBeVisible()
    const links = app.getByRole('button', { name: /opens in your browser/ })
    await expect(links).toHaveText([
      'Xiaomi password recovery ↗',
      'Xiaomi Cloud website ↗',
      'Xiaomi support ↗',
      'Google account recovery ↗'
    ])
    await app.getByRole('button', { name: 'Xiaomi password recovery (opens in your browser)' }).click()
    await app.getByRole('button', { name: 'Xiaomi support (opens in your browser)' }).click()
    if (app.services)
      await expect
        .poll(() => [...app.openedLinks])
        .toEqual(['https://account.xiaomi.com/pass/forgetPassword', 'https://www.mi.com/global/support/'])

    await app.getByRole('checkbox', { name: /Proof of purchase/ }).click()
    await expect(app.getByRole('checkbox', { name: /Proof of purchase/ })).toBeChecked()
    await app.dialogs.answerOpen([receipt])
    await app.getByRole('button', { name: 'Attach receipt files…' }).click()
    const kept = app.getByRole('list', { name: 'Proof of purchase kept with this phone' }).getByRole('listitem')
    await expect(kept).toHaveCount(1)
    await expect(kept).toContainText('receipt-2024-03.pdf')
    await app.snap('run-locked-out')

    rmSync(outside, { recursive: true, force: true })
    await app.restart()
    await openRun(app, 'Second-hand phone', false)
    await expect(kept).toHaveCount(1)
    await expect(kept).toContainText('receipt-2024-03.pdf')
    await expect(app.getByRole('checkbox', { name: /Proof of purchase/ })).toBeChecked()
    const folder = join(app.dataDir, 'attachments')
    const deviceFolder = readdirSync(folder).find((n) => !n.endsWith('.json'))!
    expect(readdirSync(join(folder, deviceFolder))).toHaveLength(1)
  } finally {
    if (existsSync(outside)) rmSync(outside, { recursive: true, force: true })
  }
})
