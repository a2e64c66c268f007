import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'
import { expectInside, expectInsideSideways, expectNoOverlap, expectNoSidewaysScroll, expectNotClipped } from './support/layout-checks'

test.use({ viewport: { width: 1024, height: 640 } })

/** 200 characters, the longest nickname a phone can have, with one word longer than any row. */
const LONG =
  `Grandma’s spare ${'Redmi'.repeat(12)} phone from the summer holiday in Cornwall, kept in the kitchen drawer next to the chargers and the old remote control for the television in the lounge`.slice(
    0,
    200
  )
const PHONES = [
  { nickname: '厨房里的小米手机', owner: '王小明', imei: '35000011114444' },
  { nickname: 'रसोई वाला फ़ोन', owner: 'अनन्या शर्मा', imei: '35000011115555' },
  { nickname: 'هاتف المطبخ القديم', owner: 'فاطمة الزهراء', imei: '35000011116666' }
]

async function seed(app: AppPage): Promise<void> {
  await app.main.run(
    async (services, input) => {
      for (const phone of input.phones) {
        const owner = services.household.addMember(phone.owner)
        const created = await services.household.create({ ...phone.input, ownerId: owner.id })
        await services.runs.start(created.id, 'sell')
      }
    },
    {
      phones: PHONES.map((phone) => ({
        owner: phone.owner,
        input: madeUpPhone({ nickname: phone.nickname, imei1: madeUpImei(phone.imei), imei2: '' })
      }))
    }
  )
  await app.reload()
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
}

/** The run screen of `nickname`: its heading, stages and step panel stay inside the window. */
async function runScreenHolds(app: AppPage, nickname: string, shot: string): Promise<void> {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Phones' }).click()
  await app.getByRole('button', { name: nickname, exact: true }).click()
  await expect(app.getByRole('heading', { level: 1, name: nickname })).toBeVisible()
  await app.snap(`long-names-${shot}-phone`)
  await expectNoSidewaysScroll(app)
  await expectNotClipped(app.getByRole('heading', { level: 1 }))
  await app.getByRole('button', { name: /^(Continue|Start) handover$/ }).click()
  // A phone without a run yet asks for the scenario first.
  const chooser = app.getByRole('radio').first()
  await expect(chooser.or(app.getByRole('list', { name: 'Stages' }))).toBeVisible()
  if (await chooser.isVisible()) {
    await chooser.check()
    await app.getByRole('button', { name: 'Start', exact: true }).click()
  }
  const title = app.getByRole('heading', { level: 1, name: `Handover of ${nickname}` })
  await expect(title).toBeVisible()
  await app.snap(`long-names-${shot}-run`)
  await expectNoSidewaysScroll(app)
  await expectInsideSideways(title, app.locator('main'))
  await expectInside(app.getByRole('list', { name: 'Stages' }).getByRole('listitem'), app.getByRole('list', { name: 'Stages' }))
  await expectInsideSideways(app.locator('.step-panel').getByRole('button'), app.locator('.step-panel'))
}

test('a 200-character nickname and Chinese, Hindi and Arabic names keep the dashboard and the run screen intact', async ({ app }) => {
  // Typing 200 characters key by key and visiting five screens takes longer than the default minute on a busy machine.
  test.setTimeout(180_000)
  await seed(app)
  await addPhone(app.page, { nickname: LONG, newOwner: 'Alexandra Example-Longname' })
  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(4)
  await app.snap('long-names-dashboard')
  // The "saved" notice breaks the long name inside its box.
  const saved = app.getByRole('status').filter({ hasText: 'was saved' })
  await expectInsideSideways(saved.locator('span'), saved)
  await expectNotClipped(saved)
  await expectNoSidewaysScroll(app)
  await expectNoOverlap(list.getByRole('listitem'))
  for (const row of await list.getByRole('listitem').all()) {
    await row.scrollIntoViewIfNeeded()
    await expectInside(row.locator('.phone-row').locator('h3, p, select, button'), row.locator('.phone-row'))
    await expectNotClipped(row.getByRole('button'))
  }
  for (const { nickname, owner } of PHONES) {
    await expect(list.getByText(owner, { exact: true })).toBeVisible()
    await expect(list.getByText(nickname, { exact: true })).toBeVisible()
  }

  // Arabic names run right to left inside the left-to-right page; the others stay left to right.
  const arabic = list.getByText(PHONES[2].nickname, { exact: true })
  await expect(arabic).toHaveAttribute('dir', 'auto')
  expect(await arabic.evaluate((e) => e.matches(':dir(rtl)'))).toBe(true)
  expect(await list.getByText(PHONES[2].owner, { exact: true }).evaluate((e) => e.matches(':dir(rtl)'))).toBe(true)
  expect(await list.getByText(PHONES[0].nickname, { exact: true }).evaluate((e) => e.matches(':dir(ltr)'))).toBe(true)
  expect(await app.locator('html').evaluate((e) => e.matches(':dir(ltr)'))).toBe(true)

  await runScreenHolds(app, LONG, 'long')
  for (const [index, phone] of PHONES.entries()) await runScreenHolds(app, phone.nickname, ['zh', 'hi', 'ar'][index])
})
