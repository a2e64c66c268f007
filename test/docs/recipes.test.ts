import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '@shared/ipc/channel-names'
import { EVENT_NAMES } from '@shared/ipc/events'
import { LANGUAGES } from '@shared/i18n/languages'
import { SCENARIOS } from '@shared/offboarding/scenarios'
import { SECTION_NAMES } from '@shared/archive/section-names'

/** One recipe of docs/recipes.md: its numbered files, the files it also points to, and its test commands. */
interface Recipe {
  steps: string[]
  also: string[]
  testCommands: string[]
}

const TEXT = readFileSync('docs/recipes.md', 'utf8')
const PATH = /`((?:src|test|e2e|docs|harness|bench)\/[^`\s]*)`/g
const pathsIn = (text: string) => [...text.matchAll(PATH)].map((m) => m[1])

function recipes(): Map<string, Recipe> {
  const found = new Map<string, Recipe>()
  for (const section of TEXT.split(/^## /m).slice(1)) {
    const [title = '', ...lines] = section.split('\n')
    const body = lines.join('\n')
    const steps = [...body.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1])
    const also = [...body.matchAll(/^Also look at (.*?)(?=\n\n)/gms)].flatMap((m) => pathsIn(m[1]))
    const testCommands = [...body.matchAll(/^Test: (.*?)(?=\n\n|$)/gms)].flatMap((m) =>
      [...m[1].matchAll(/`(npx [^`]+)`/g)].map((c) => c[1])
    )
    found.set(title.trim(), { steps, also, testCommands })
  }
  return found
}

const RECIPES = recipes()
const recipe = (title: string): Recipe => {
  const found = RECIPES.get(title)
  if (!found) throw new Error(`docs/recipes.md has no recipe "${title}"`)
  return found
}

/** The files (or folders) a recipe path names: `<placeholder>` segments match any name, with the rest of the segment. */
function expand(path: string): string[] {
  let current = ['']
  for (const segment of path.replace(/\/$/, '').split('/')) {
    if (!segment.includes('<')) {
      current = current.map((base) => join(base, segment)).filter((candidate) => existsSync(candidate))
      continue
    }
    const pattern = new RegExp(`^${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^/]+')}$`)
    current = current.flatMap((base) =>
      statSync(base || '.').isDirectory()
        ? readdirSync(base || '.')
            .filter((name) => pattern.test(name))
            .map((name) => join(base, name))
        : []
    )
  }
  return current
}

/** Repository files under `folders` whose text matches `pattern`. */
function filesMentioning(folders: string[], pattern: RegExp, skip: (file: string) => boolean = () => false): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx|json)$/.test(name) ? [path] : []
    })
  return folders
    .flatMap((folder) => (statSync(folder).isDirectory() ? walk(folder) : [folder]))
    .filter((file) => !skip(file) && pattern.test(readFileSync(file, 'utf8')))
    .sort()
}

const under = (paths: string[], ...prefixes: string[]) => paths.filter((path) => prefixes.some((prefix) => path.startsWith(prefix)))

describe('docs/recipes.md', () => {
  it('has the five recipes, each with numbered files and a test to run', () => {
    expect([...RECIPES.keys()]).toEqual(['Add an IPC channel', 'Add a push event', 'Add a scenario', 'Add a language', 'Add a record kind'])
    for (const [title, { steps, testCommands }] of RECIPES) {
      expect(steps.length, title).toBeGreaterThanOrEqual(4)
      expect(testCommands.length, title).toBeGreaterThan(0)
    }
  })

  it('names only paths that exist (a <placeholder> matching at least one)', () => {
    const missing = pathsIn(TEXT).filter((path) => expand(path).length === 0)
    expect(missing).toEqual([])
  })

  it('runs tests that exist', () => {
    const targets = [...RECIPES.values()]
      .flatMap((r) => r.testCommands)
      .flatMap((command) => command.split(' ').filter((word) => /^(test|e2e)\//.test(word)))
    expect(targets.length).toBeGreaterThan(5)
    expect(targets.filter((target) => !existsSync(target))).toEqual([])
  })

  it('adds a channel in exactly the IPC files that an existing channel is declared, named and handled in', () => {
    const ipcSteps = under(recipe('Add an IPC channel').steps, 'src/shared/ipc/', 'src/main/ipc/', 'src/preload/')
    // Channels whose method name is used by no other channel or IPC helper, so a text search finds only that channel.
    const distinct = [
      ['certificates', 'verifyText'],
      ['archive', 'exportCsv'],
      ['usb', 'forgetKey'],
      ['devices', 'undoRemove'],
      ['backups', 'setSettings'],
      ['app', 'openExternal']
    ] as const
    for (const [namespace, method] of distinct) {
      expect(CHANNEL_NAMES[namespace]).toHaveProperty(method)
      const part = readdirSync('src/shared/ipc').find(
        (file) =>
          file.endsWith('-contract.ts') && new RegExp(`^  ${namespace}: \\{`, 'm').test(readFileSync(join('src/shared/ipc', file), 'utf8'))
      )!
      const expected = ipcSteps.map((path) => path.replace('<part>', part.replace(/-contract\.ts$/, ''))).sort()
      expect(
        filesMentioning(['src/shared/ipc', 'src/main/ipc', 'src/preload'], new RegExp(`\\b${method}\\b`)),
        `${namespace}.${method}`
      ).toEqual(expected)
    }
  })

  it('adds a push event where every existing event is declared, and nowhere else in the shared code, preload or Electron adapters', () => {
    const declared = under(recipe('Add a push event').steps, 'src/shared/', 'src/preload/', 'src/main/electron/').sort()
    for (const event of EVENT_NAMES) {
      expect(
        filesMentioning(['src/shared', 'src/preload', 'src/main/electron'], new RegExp(`\\b${event}\\b`), (file) =>
          file.includes('/locales/')
        ),
        event
      ).toEqual(declared)
    }
  })

  it('adds a scenario in every shared file each scenario is written in, and names every other file that mentions one', () => {
    const { steps, also } = recipe('Add a scenario')
    const otherLanguages = (file: string) => /src\/shared\/locales\/(?!en\/)/.test(file)
    for (const scenario of SCENARIOS) {
      const mentioning = filesMentioning(['src'], new RegExp(`['"]${scenario}['"]|^\\s*${scenario}:`, 'm'), otherLanguages)
      expect(
        mentioning.filter((file) => !steps.includes(file) && !also.includes(file)),
        scenario
      ).toEqual([])
    }
    // A guided scenario that every common step applies to, like trade-in, is written in each numbered file.
    expect(filesMentioning(['src'], /['"]trade-in['"]|^\s*'trade-in':/m, otherLanguages)).toEqual([...steps].sort())
  })

  it('adds a language where every existing language is named: its folder, its index, languages.ts and catalogues.ts', () => {
    const { steps, also } = recipe('Add a language')
    expect(steps).toEqual(
      expect.arrayContaining([
        'src/shared/i18n/languages.ts',
        'src/shared/i18n/catalogues.ts',
        'src/shared/locales/<lang>/',
        'src/shared/locales/<lang>/index.ts'
      ])
    )
    const english = readdirSync('src/shared/locales/en')
      .filter((file) => file.endsWith('.json'))
      .sort()
    for (const { code } of LANGUAGES) {
      expect(
        readdirSync(join('src/shared/locales', code))
          .filter((file) => file.endsWith('.json'))
          .sort(),
        code
      ).toEqual(english)
      expect(existsSync(join('src/shared/locales', code, 'index.ts')), code).toBe(true)
      expect(readFileSync('src/shared/i18n/catalogues.ts', 'utf8'), code).toContain(`'../locales/${code}'`)
      // English is the source, and 'id' (Indonesian) is also every record's id field: a text search cannot tell them apart.
      if (code === 'en' || code === 'id') continue
      const outsideItsFolder = filesMentioning(['src'], new RegExp(`['"/]${code}['"]`), (file) =>
        file.startsWith(join('src/shared/locales', code))
      )
      expect(
        outsideItsFolder.filter((file) => !also.includes(file)),
        code
      ).toEqual(under(steps, 'src/shared/i18n/').sort())
    }
  })

  it('adds a record kind in every archive file that each existing kind is written in', () => {
    const archiveSteps = under(
      recipe('Add a record kind').steps,
      'src/shared/archive/',
      'src/main/services/archive/',
      'src/shared/locales/en/'
    ).sort()
    const inEvery = SECTION_NAMES.map((name) =>
      filesMentioning(
        ['src/shared/archive', 'src/main/services/archive', 'src/shared/locales/en/records.json', 'src/shared/locales/en/errors.json'],
        new RegExp(`\\b${name}\\b`)
      )
    ).reduce((common, files) => common.filter((file) => files.includes(file)))
    expect(archiveSteps).toEqual(inEvery)
  })
})
