import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const css = readFileSync(resolve('src/renderer/src/styles/tokens.css'), 'utf8')

function tokensIn(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2].toLowerCase()]))
}

/** The light tokens, and the dark theme's on top of them. */
function themes(): Record<'light' | 'dark', Map<string, string>> {
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)')
  const light = tokensIn(css.slice(0, darkAt))
  return { light, dark: new Map([...light, ...tokensIn(css.slice(darkAt))]) }
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** Text on the backgrounds it is drawn on: 4.5:1 (WCAG 1.4.3). */
const TEXT_PAIRS: ReadonlyArray<[string, string]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['text', 'accent-soft'],
  ['text', 'ok-soft'],
  ['text', 'warn-soft'],
  ['text', 'danger-soft'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['muted', 'accent-soft'],
  ['muted', 'ok-soft'],
  ['on-accent', 'accent'],
  ['on-accent', 'accent-strong'],
  ['on-accent', 'danger-fill'],
  ['on-accent', 'danger-fill-strong'],
  ['accent-text', 'surface'],
  ['accent-text', 'bg'],
  ['ok', 'surface'],
  ['ok', 'ok-soft'],
  ['warn', 'surface'],
  ['warn', 'warn-soft'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
  ['sidebar-text', 'sidebar-bg'],
  ['toast-text', 'toast-bg'],
  ['toast-action', 'toast-bg'],
  ['toast-quiet', 'toast-bg'],
  ['toast-text', 'danger-fill']
]

/** Borders that identify a control, and focus rings: 3:1 against what surrounds them (WCAG 1.4.11). */
const NON_TEXT_PAIRS: ReadonlyArray<[string, string]> = [
  ['control-border', 'surface'],
  ['control-border', 'bg'],
  ['control-border', 'surface-2'],
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['focus', 'surface-2'],
  ['sidebar-focus', 'sidebar-bg'],
  ['neutral-line', 'surface-2']
]

describe('colour tokens', () => {
  for (const [theme, tokens] of Object.entries(themes())) {
    it.each(TEXT_PAIRS)(`${theme}: --%s on --%s reads at 4.5:1 or more`, (fore, back) => {
      expect(contrast(tokens.get(fore)!, tokens.get(back)!)).toBeGreaterThanOrEqual(4.5)
    })
    it.each(NON_TEXT_PAIRS)(`${theme}: --%s against --%s stands out at 3:1 or more`, (fore, back) => {
      expect(contrast(tokens.get(fore)!, tokens.get(back)!)).toBeGreaterThanOrEqual(3)
    })
  }

  it('the dark theme redefines every colour that decides contrast', () => {
    const { light } = themes()
    const dark = tokensIn(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')))
    for (const name of ['bg', 'surface', 'surface-2', 'text', 'muted', 'line', 'control-border', 'focus', 'ok', 'warn', 'danger']) {
      expect(dark.get(name), name).toBeDefined()
      expect(dark.get(name), name).not.toBe(light.get(name))
    }
  })

  it('the old orange that failed with white text is gone', () => {
    expect(contrast('#d4570f', '#ffffff')).toBeLessThan(4.5)
    expect(themes().light.get('accent')).not.toBe('#d4570f')
  })
})

describe('stylesheets', () => {
  const files = [
    'styles/app.css',
    'features/run/run.css',
    'features/usb/usb.css',
    'features/certificate/certificate.css',
    'features/records/records.css'
  ]
  it.each(files)('%s takes its colours from the tokens', (file) => {
    const source = readFileSync(resolve('src/renderer/src', file), 'utf8').replace(/@media print \{[\s\S]*?\n\}/g, '')
    const literal = source.split('\n').filter((line) => /#[0-9a-f]{3,6}\b/i.test(line))
    expect(literal).toEqual([])
  })
})
