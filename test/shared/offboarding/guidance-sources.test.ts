import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import en from '@shared/locales/en/offboarding.json'

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/guidance-sources.md', import.meta.url)), 'utf8')

/** Guidance texts outside the step, warning, method and China trees that still state facts. */
const OTHER_GUIDANCE_KEYS = ['scenarios.delete-account.permanent', 'scenarios.family.description', 'lockedOut.routes.google-recovery.text']

/** Every text key that states guidance: all step and warning texts, backup methods and China wording, except titles and labels. */
function guidanceKeys(): string[] {
  const keys: string[] = []
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') keys.push(path)
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k)
  }
  walk({ steps: en.steps, warnings: en.warnings, byRegion: en.byRegion, backup: { methods: en.backup.methods } }, '')
  return [...keys.filter((k) => !/\.(title|label)$/.test(k)), ...OTHER_GUIDANCE_KEYS]
}

interface Row {
  keys: string[]
  statement: string
  source: string
  checked: string
}

/** The rows of the statements table: the table after the "## Statements" heading. */
function statementRows(): Row[] {
  const section = DOC.split(/^## Statements$/m)[1]?.split(/^## /m)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [keys, statement, source, checked] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
      return { keys: [...keys.matchAll(/`([^`]+)`/g)].map((m) => m[1]), statement, source, checked }
    })
}

/** The source ids of the sources table. */
function sourceIds(): Set<string> {
  const section = DOC.split(/^## Sources$/m)[1]?.split(/^## /m)[0] ?? ''
  return new Set(
    section.split('\n').flatMap((line) => (/^\| [A-Z]/.test(line) && !line.startsWith('| Id') ? [line.split('|')[1].trim()] : []))
  )
}

describe('docs/guidance-sources.md', () => {
  const rows = statementRows()
  const listed = new Set(rows.flatMap((r) => r.keys))

  it('has an entry for every guidance text', () => {
    const missing = guidanceKeys().filter((k) => !listed.has(k))
    expect(missing, 'texts without a source entry').toEqual([])
  })

  it('names no text that does not exist', () => {
    const known = new Set(guidanceKeys())
    expect([...listed].filter((k) => !known.has(k))).toEqual([])
  })

  it('gives every entry a statement, known sources and the date it was checked', () => {
    const ids = sourceIds()
    expect(ids.size).toBeGreaterThan(5)
    for (const row of rows) {
      expect(row.statement.length, row.keys.join(' ')).toBeGreaterThan(10)
      const cited = row.source.split(',').map((s) => s.trim())
      for (const id of cited) expect(ids, `${row.keys[0]} cites ${id}`).toContain(id)
      expect(row.checked, row.keys[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('says what is known about ro.ai.os.version.name', () => {
    expect(DOC).toMatch(/ro\.ai\.os\.version\.name/)
    expect(DOC).toMatch(/no source found says what it denotes/i)
  })
})
