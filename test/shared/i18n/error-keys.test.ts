import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { englishError, isEnglishErrorKey } from '@shared/i18n/english-errors'

/** Functions taking (path or code, key, params). */
const KEY_TAKERS = new Set(['errorDetail', 'routerError'])

type Site = { file: string; line: number; key: string; params: string[] | null }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('locales'))
    .map((file) => join(dir, file).replaceAll('\\', '/'))
}

const propertyNames = (node: ts.Expression | undefined): string[] | null =>
  node && ts.isObjectLiteralExpression(node)
    ? node.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : (p.name?.getText() ?? '?'))).sort()
    : null

/**
 * Every message the code writes as a key: `{ key: '…', params: { … } }` objects (ServiceError, archive problems) and
 * `errorDetail(path, '…', { … })` and `routerError(code, '…', { … })` calls, with the names of the params given where they are written out.
 */
function keyedSites(): { sites: Site[]; englishSentences: Array<{ file: string; line: number }> } {
  const sites: Site[] = []
  const englishSentences: Array<{ file: string; line: number }> = []
  for (const file of [...sourceFiles('src/main'), ...sourceFiles('src/shared')]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const key = node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'key')
        if (key && ts.isStringLiteral(key.initializer) && /^[a-z]+\.[\w.]+$/.test(key.initializer.text)) {
          const params = node.properties.find(
            (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'params'
          )
          sites.push({ file, line: line(node), key: key.initializer.text, params: params ? propertyNames(params.initializer) : [] })
        }
      }
      if (
        ts.isCallExpression(node) &&
        KEY_TAKERS.has(node.expression.getText()) &&
        node.arguments[1] &&
        ts.isStringLiteral(node.arguments[1])
      ) {
        sites.push({
          file,
          line: line(node),
          key: node.arguments[1].text,
          params: node.arguments[2] ? propertyNames(node.arguments[2]) : []
        })
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'ServiceError') {
        const message = node.arguments?.[1]
        if (message && !ts.isObjectLiteralExpression(message) && !ts.isIdentifier(message) && !ts.isCallExpression(message))
          englishSentences.push({ file, line: line(node) })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { sites, englishSentences }
}

/** The placeholders an English message interpolates, over all its plural forms; nested `$t(…)` references excluded. */
function placeholders(key: string): string[] {
  const forms = [key, `${key}_one`, `${key}_other`].filter(isEnglishErrorKey).map(englishError)
  const names = new Set(forms.flatMap((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])))
  return [...names].sort()
}

const { sites, englishSentences } = keyedSites()

describe('error messages as keys', () => {
  it('finds the message sites of the services, the router, the schemas and the run reducer', () => {
    expect(sites.length).toBeGreaterThan(80)
    expect(new Set(sites.map((site) => site.file.split('/').slice(0, 3).join('/')))).toEqual(
      new Set(['src/main/services', 'src/main/electron', 'src/main/ipc', 'src/shared/offboarding', 'src/shared/certificate'])
    )
  })

  it('uses only keys English has', () => {
    expect(sites.filter((site) => !isEnglishErrorKey(site.key)).map((site) => `${site.file}:${site.line} ${site.key}`)).toEqual([])
  })

  it('gives each message exactly the params it interpolates', () => {
    const mismatched = sites
      .filter((site) => site.params !== null && site.params.join() !== placeholders(site.key).join())
      .map(
        (site) =>
          `${site.file}:${site.line} ${site.key} gives [${site.params?.join(', ')}], English uses [${placeholders(site.key).join(', ')}]`
      )
    expect(mismatched).toEqual([])
  })

  it('throws no English sentence as a ServiceError message', () => {
    expect(englishSentences.map((site) => `${site.file}:${site.line}`)).toEqual([])
  })
})
