import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** WCAG 2.2 levels A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** What axe found serious or critical in one state of the app. */
export interface Finding {
  state: string
  serious: number
  critical: number
  /** Each rule broken, with the nodes that break it; empty when there is none. */
  rules: string
}

/** Runs axe (WCAG 2.2 A/AA) on the page as it is now, nodes counted by impact. */
export async function axeFinding(page: Page, state: string): Promise<Finding> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const nodes = (impact: string) => bad.filter((v) => v.impact === impact).reduce((sum, v) => sum + v.nodes.length, 0)
  return {
    state,
    serious: nodes('serious'),
    critical: nodes('critical'),
    rules: bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join(' | ')
  }
}
