import { expect, type Locator, type Page } from '@playwright/test'

type Box = { x: number; y: number; width: number; height: number }

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator} has no box (hidden?)`)
  return box
}

/** Every element `inner` matches lies within `outer`'s box (1 px of rounding allowed). */
export async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const container = await boxOf(outer)
  for (const element of await inner.all()) {
    const box = await boxOf(element)
    const where = `${await element.evaluate((e) => e.outerHTML.slice(0, 80))} in ${JSON.stringify(container)}: ${JSON.stringify(box)}`
    expect(box.x, where).toBeGreaterThanOrEqual(container.x - 1)
    expect(box.y, where).toBeGreaterThanOrEqual(container.y - 1)
    expect(box.x + box.width, where).toBeLessThanOrEqual(container.x + container.width + 1)
    expect(box.y + box.height, where).toBeLessThanOrEqual(container.y + container.height + 1)
  }
}

/** Every element `inner` matches lies between `outer`'s left and right edges (for areas that scroll vertically). */
export async function expectInsideSideways(inner: Locator, outer: Locator): Promise<void> {
  const container = await boxOf(outer)
  for (const element of await inner.all()) {
    const box = await boxOf(element)
    const where = `${await element.evaluate((e) => e.outerHTML.slice(0, 80))} in ${JSON.stringify(container)}: ${JSON.stringify(box)}`
    expect(box.x, where).toBeGreaterThanOrEqual(container.x - 1)
    expect(box.x + box.width, where).toBeLessThanOrEqual(container.x + container.width + 1)
  }
}

/** No two of the elements overlap. */
export async function expectNoOverlap(locator: Locator): Promise<void> {
  const boxes = await Promise.all((await locator.all()).map(boxOf))
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]]
      const apart = a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1
      expect(apart, `${i} ${JSON.stringify(a)} overlaps ${j} ${JSON.stringify(b)}`).toBe(true)
    }
  }
}

/** Nothing on the page needs sideways scrolling: the window and the main area are no wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page
    .locator('html, main')
    .evaluateAll((elements) => elements.map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth })))
  expect(widths).toHaveLength(2)
  for (const w of widths) expect(w.scroll).toBeLessThanOrEqual(w.client + 1)
}

/** No text in the elements is clipped: each one's content fits its own box. */
export async function expectNotClipped(locator: Locator): Promise<void> {
  for (const element of await locator.all()) {
    const fit = await element.evaluate((e) => ({ html: e.outerHTML.slice(0, 80), scroll: e.scrollWidth, client: e.clientWidth }))
    expect(fit.scroll, fit.html).toBeLessThanOrEqual(fit.client + 1)
  }
}
