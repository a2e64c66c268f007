import { expect, test, type AppPage } from './fixtures'
import { axeFinding, type Finding } from './support/axe'
import { showIn, walkEveryState } from './support/every-state'

/** The findings as a plain-text table: state, serious, critical. */
function table(findings: readonly Finding[]): string {
  const width = Math.max(5, ...findings.map((f) => f.state.length))
  const line = (state: string, serious: string, critical: string) =>
    `${state.padEnd(width)}  ${serious.padStart(7)}  ${critical.padStart(8)}`
  const rows = findings.map((f) => line(f.state, String(f.serious), String(f.critical)) + (f.rules ? `  ${f.rules}` : ''))
  return [line('state', 'serious', 'critical'), ...rows].join('\n')
}

/**
 * Walks every screen and dialog, running axe in each; the findings table is printed under `title`. With `language`,
 * each state is re-rendered in it for axe, then back in English for the walk, whose names are English.
 */
async function axeEveryState(app: AppPage, title: string, language?: string): Promise<void> {
  test.setTimeout(language ? 360_000 : 240_000)
  const findings: Finding[] = []
  const check = async (state: string): Promise<void> => {
    if (language) await showIn(app, language)
    findings.push(await axeFinding(app.page, state))
    if (language) await showIn(app, 'en')
  }
  try {
    await walkEveryState(app, check)
  } finally {
    console.log(`\naxe (WCAG 2.2 A/AA) per screen and dialog, nodes by impact, ${title}`)
    console.log(table(findings))
  }
  expect(findings.length).toBeGreaterThan(20)
  expect(findings.filter((f) => f.serious + f.critical > 0).map((f) => `${f.state}: ${f.rules}`)).toEqual([])
}

test('axe finds no serious or critical WCAG 2.2 A/AA problem on any screen or open dialog', async ({ app }) => {
  await axeEveryState(app, 'in English')
})

test('axe finds no serious or critical problem with every state shown in zh-CN either', async ({ app }) => {
  await axeEveryState(app, 'in zh-CN', 'zh-CN')
})
