import type { Vault } from '@main/services/ports'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test } from './fixtures'

/** A keyring the spec can lock: while locked, decrypt rejects the way safeStorage's async API does. */
const keyring = { locked: false }
const lockableVault: Vault = {
  status: () => ({ encrypted: true, backend: 'lockable (test)' }),
  encrypt: async (plain) => 'enc:' + Buffer.from(plain).toString('base64'),
  decrypt: async (stored) => {
    if (keyring.locked) throw new Error('The keyring is locked.')
    return Buffer.from(stored.slice(4), 'base64').toString('utf8')
  }
}

test.use({ portOverrides: { vault: lockableVault } })

// eslint-disable-next-line no-empty-pattern
test.beforeEach(({}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'The lockable keyring reaches the services only in the Chromium tier, where they run in the test process.'
  )
  keyring.locked = false
})

test('a locked keyring shows the phones as locked, keeps their files, and Try again brings them back', async ({ app }) => {
  await app.services!.household.create(madeUpPhone({ nickname: 'Kitchen POCO' }))
  keyring.locked = true
  await app.restart()
  const banner = app.getByRole('alert').filter({ hasText: 'One phone is locked' })
  await expect(banner).toContainText('keyring is locked')
  await expect(app.getByText('Kitchen POCO')).toHaveCount(0)
  await app.snap('locked-keyring-banner')

  keyring.locked = false
  await banner.getByRole('button', { name: 'Try again' }).click()
  await expect(banner).toHaveCount(0)
  await expect(app.getByText('Kitchen POCO').first()).toBeVisible()
})
