import type { Page } from '@playwright/test'

/** The attributes whose words people see or hear besides the text itself. */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']

/**
 * Every piece of words the page shows or a screen reader says right now, outside frames: the window title, each line of
 * the rendered text (visually hidden text included), each option of a list box, and the spoken attributes of every
 * rendered element.
 */
export async function visibleWords(page: Page): Promise<string[]> {
  return page.locator('body').evaluate((body, attributes) => {
    const words = [body.ownerDocument.title, ...(body as unknown as { innerText: string }).innerText.split('\n')]
    for (const element of body.querySelectorAll('*')) {
      const isOption = element.tagName === 'OPTION'
      if (!(isOption ? element.closest('select') : element)?.checkVisibility()) continue
      if (isOption) words.push(element.textContent ?? '')
      for (const name of attributes) {
        const value = element.getAttribute(name)
        if (value) words.push(value)
      }
    }
    return words.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '')
  }, SPOKEN_ATTRIBUTES)
}
