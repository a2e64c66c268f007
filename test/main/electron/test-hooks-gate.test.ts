import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_HOOKS_KEY } from '../../../src/main/electron/test-hooks'
import { testHooksRequested } from '../../../src/main/electron/test-hooks-gate'
import { runTool } from '../../support/project-tools'
import { tempDir } from '../../support/temp-dir'

function builtMain(mode: 'production' | 'test'): string {
  const out = join(tempDir('handover-hooks-'), 'out')
  runTool('electron-vite', ['build', '--mode', mode, '--outDir', out])
  return readFileSync(join(out, 'main/index.js'), 'utf8')
}

describe('main-process test hooks', () => {
  it('a launch asks for them only with HANDOVER_TEST_HOOKS=1', () => {
    expect(testHooksRequested({ HANDOVER_TEST_HOOKS: '1' })).toBe(true)
    expect(testHooksRequested({})).toBe(false)
    expect(testHooksRequested({ HANDOVER_TEST_HOOKS: 'true' })).toBe(false)
    expect(testHooksRequested({ HANDOVER_TEST_HOOKS: '0' })).toBe(false)
  })

  it('exist in a test build and are left out of a normal one', () => {
    expect(builtMain('test')).toContain(TEST_HOOKS_KEY)
    expect(builtMain('production')).not.toContain(TEST_HOOKS_KEY)
  }, 240_000)
})
