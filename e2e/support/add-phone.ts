import { expect, type Page } from '@playwright/test'
import { typeInto } from './typing'

/** What the Add a phone form is filled with; only nickname is required. */
export interface NewPhone {
  nickname: string
  marketName?: string
  modelNumber?: string
  os?: 'HyperOS' | 'MIUI'
  region?: 'Global' | 'China'
  imei1?: string
  /** An existing household member to own the phone. */
  owner?: string
  /** A household member to add in the form and make the owner. */
  newOwner?: string
}

/** Adds a phone through the Add a phone dialog, typing key by key, and waits for the dialog to close. */
export async function addPhone(page: Page, phone: NewPhone): Promise<void> {
  await page.getByRole('button', { name: 'Add a phone' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Add a phone' })
  await expect(dialog.getByLabel('Nickname')).toBeFocused()
  await typeInto(dialog.getByLabel('Nickname'), phone.nickname)
  if (phone.marketName) await typeInto(dialog.getByLabel('Market name'), phone.marketName)
  if (phone.modelNumber) await typeInto(dialog.getByLabel('Model number'), phone.modelNumber)
  if (phone.os) await dialog.getByLabel('Operating system').selectOption({ label: phone.os })
  if (phone.region) await dialog.getByLabel('ROM region').selectOption({ label: phone.region })
  if (phone.imei1) await typeInto(dialog.getByLabel('IMEI 1'), phone.imei1)
  if (phone.newOwner) {
    await dialog.getByRole('button', { name: 'Add a household member' }).click()
    await typeInto(dialog.getByLabel('New member’s name'), phone.newOwner)
    await dialog.getByRole('button', { name: 'Add member' }).click()
  } else if (phone.owner) {
    await dialog.getByLabel('Owner').selectOption({ label: phone.owner })
  }
  await dialog.getByRole('button', { name: 'Save phone' }).click()
  await expect(dialog).toBeHidden()
}
