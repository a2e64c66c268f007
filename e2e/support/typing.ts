import type { Locator } from '@playwright/test'

/**
 * Types into a field the way a person does: click it, select what it holds, and type key by key
 * (each key its own input event, so a form that loses focus or re-renders between keys fails here).
 * An empty text clears the field.
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click()
  await field.press('ControlOrMeta+a')
  if (text === '') await field.press('Backspace')
  else await field.pressSequentially(text)
}
