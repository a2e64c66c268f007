import { adbFixture, adbReplies } from '@harness/adb/adb-fixtures'
import { catalogueText } from '@harness/data/catalogue-text'
import { madeUpPhone } from '@harness/data/made-up-phones'
import type { Namespace } from '@shared/i18n/catalogues'
import { fakeAdbTest } from './support/fake-adb-test'
import { expect } from './fixtures'

const usbTest = fakeAdbTest
/** The made-up serial of the recorded HyperOS tablet (its tail is MO01). */
const TABLET = 'HT7Q00DEMO01'
const NICKNAME = '厨房平板'
const zh = (namespace: Namespace, key: string) => catalogueText('zh-CN', namespace, key)

usbTest.describe('on a computer set to Chinese', () => {
  usbTest.use({ locale: 'zh-CN' })

  usbTest('a USB check that confirms the Xiaomi sign-out shows its evidence and its journal line in Chinese', async ({ app, fakeAdb }) => {
    const phone = await app.main.run(
      (services, input) => services.household.create(input),
      madeUpPhone({ nickname: NICKNAME, brand: 'Xiaomi', marketName: 'Xiaomi Pad 6S Pro 12.4', modelNumber: '24018RPACG', serial: TABLET })
    )
    await app.main.run((services, id) => services.runs.start(id, 'sell'), phone.id)
    fakeAdb.connect({
      serial: TABLET,
      state: 'device',
      replies: { ...adbReplies('hyperos2-tablet'), 'dumpsys account': adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out') }
    })
    await app.reload()
    await expect(app.locator('html')).toHaveAttribute('lang', 'zh-CN')

    await app.getByRole('button', { name: NICKNAME, exact: true }).click()
    await app.getByRole('button', { name: zh('usb', 'open') }).click()
    await app.getByRole('button', { name: zh('usb', 'accounts.button') }).click()
    await expect(app.getByRole('list', { name: zh('usb', 'accounts.heading') })).toContainText(zh('usb', 'accounts.xiaomi.none'))

    await app.getByRole('button', { name: `← ${NICKNAME}` }).click()
    await app.getByRole('button', { name: zh('offboarding', 'ui.card.continue') }).click()
    const steps = app.getByRole('navigation', { name: zh('offboarding', 'ui.run.steps') })
    const step = steps.getByRole('listitem').filter({ hasText: zh('offboarding', 'steps.xiaomi-sign-out.title') })
    await expect(step).toContainText(zh('offboarding', 'ui.states.doneUsb'))
    await step.getByRole('button').click()
    const evidence = app.getByText(
      /已通过 USB 确认：Xiaomi Pad 6S Pro 12\.4（序列号 …MO01）的所有用户（0）上都没有小米账号，已通过 USB 读取。手机上的账号：0 个小米账号，2 个 Google 账号，0 个其他账号。/
    )
    await expect(evidence).toBeVisible()
    await evidence.scrollIntoViewIfNeeded()
    await app.snap('usb-evidence-zh-CN')

    const journal = app.getByRole('list', { name: zh('offboarding', 'ui.journal.title') })
    await expect(journal).toContainText('USB 账号检查：主用户（0）：0 个小米账号，2 个 Google 账号，0 个其他账号。')
    await expect(journal).not.toContainText(/account|Xiaomi ×|serial/)
    await expect(journal).not.toContainText(TABLET)
    await journal.scrollIntoViewIfNeeded()
    await app.snap('usb-confirmed-zh-CN')
  })
})
