import type { Page } from '@playwright/test'

/**
 * From a phone's USB check screen: starts a sale of that phone and comes back to its USB check, so the
 * checks that follow are journalled in the run.
 */
export async function startSaleAndReturnToUsb(page: Page, nickname: string): Promise<void> {
  await page.getByRole('button', { name: `← ${nickname}` }).click()
  await page.getByRole('button', { name: 'Start handover' }).click()
  await page.getByRole('radio', { name: 'Sell or give away' }).check()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await page.getByRole('button', { name: `← ${nickname}` }).click()
  await page.getByRole('button', { name: 'USB check' }).click()
}
