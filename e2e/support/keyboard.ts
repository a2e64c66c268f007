import type { Locator, Page } from '@playwright/test'

/** True when `target` has focus. */
export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)
}

/** Presses Tab (only the keyboard) until `target` has focus; Shift+Tab when `backwards`. */
export async function tabTo(page: Page, target: Locator, options: { limit?: number; backwards?: boolean } = {}): Promise<void> {
  const limit = options.limit ?? 80
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}

/** Tabs to a control and activates it with Enter. */
export async function pressOn(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press('Enter')
}
