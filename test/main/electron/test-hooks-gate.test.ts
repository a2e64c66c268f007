import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_HOOKS_KEY } from '../../../src/main/electron/test-hooks'
import { testHooksRequested } from '../../../src/main/electron/test-hooks-gate'
import { tempDir } from '../../support/temp-dir'

function builtMain(mode: 'production' | 'test'): string {
  const out = join(tempDir('handover-hooks-'), 'out')
  const build = spawnSync(resolve('node_modules/.bin/electron-vite'), ['build', '--mode', mode, '--outDir', out], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)
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
  })
})
