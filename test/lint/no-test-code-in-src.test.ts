import { describe, expect, it } from 'vitest'
import { lintMessages } from '../support/lint-text'

/** The messages of the import rules for `code` linted as if it were the file at `filePath`. */
function importProblems(code: string, filePath: string): Promise<string[]> {
  return lintMessages(code, filePath, 'no-restricted-imports')
}

const TEST_CODE_IMPORTS = [
  "import { createConfStorage } from '@harness/ports/conf-storage'",
  "import { createConfStorage } from '../../harness/ports/conf-storage'",
  "import { test } from '@playwright/test'",
  "import Conf from 'conf'",
  "import { it } from 'vitest'",
  "import { defineConfig } from 'vitest/config'",
  "import fc from 'fast-check'"
]

/** A file of each kind of src/ block in eslint.config.js: shared, a service, the renderer, an Electron adapter, the raw IPC homes. */
const SRC_FILES = [
  'src/shared/example.ts',
  'src/main/services/example.ts',
  'src/renderer/src/example.tsx',
  'src/main/electron/example.ts',
  'src/main/electron/ipc-bridge.ts',
  'src/preload/index.ts'
]

describe('the lint rule that keeps test code out of src/', () => {
  for (const filePath of SRC_FILES) {
    it(`refuses every test-code import in ${filePath}`, async () => {
      for (const line of TEST_CODE_IMPORTS) {
        expect(await importProblems(`${line}\nvoid 0\n`, filePath), line).toEqual([expect.stringMatching(/test code|test runner|harness/)])
      }
    })
  }

  it('lets src/ import its own modules and runtime packages', async () => {
    expect(
      await importProblems(
        "import { z } from 'zod'\nimport { tail } from '../../shared/device-model'\nvoid z\nvoid tail\n",
        'src/main/services/example.ts'
      )
    ).toEqual([])
  })

  it('keeps the rules it shares the option with: electron outside its adapters is still refused', async () => {
    expect(await importProblems("import { app } from 'electron'\nvoid app\n", 'src/main/services/example.ts')).toEqual([
      expect.stringMatching(/may import 'electron'/)
    ])
  })

  it('lets tests, specs and the bench use the harness and the test runners', async () => {
    for (const filePath of ['test/main/example.test.ts', 'e2e/example.spec.ts', 'bench/example.ts', 'harness/ports/example.ts']) {
      for (const line of TEST_CODE_IMPORTS) expect(await importProblems(`${line}\nvoid 0\n`, filePath), `${filePath}: ${line}`).toEqual([])
    }
  })
})
