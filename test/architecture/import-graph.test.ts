import { describe, expect, it } from 'vitest'
import { findCycles, readImportGraph, valuePath } from '../support/import-graph'

const graph = readImportGraph('src')
/** The one renderer module that imports a zod schema as a value: the phone form's check. */
const PHONE_FORM_CHECK = 'src/renderer/src/features/phone-form/device-problems.ts'
const files = (prefix: string) => [...graph.keys()].filter((file) => file.startsWith(prefix))

describe('the import graph of src/', () => {
  it('is read from every source file', () => {
    expect(files('src/renderer/').length).toBeGreaterThan(20)
    expect(graph.get('src/preload/build-api.ts')?.map((e) => e.target)).toContain('src/shared/ipc/channel-names.ts')
  })

  it('has no cycle, type imports included', () => {
    expect(findCycles(graph)).toEqual([])
  })

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', [{ target: 'b.ts', typeOnly: true, dynamic: false }]],
      ['b.ts', [{ target: 'a.ts', typeOnly: false, dynamic: false }]]
    ])
    expect(findCycles(looped)).toEqual([['a.ts', 'b.ts', 'a.ts']])
  })

  it('keeps zod out of the preload and the renderer, but for the phone form that checks with the shared schema', () => {
    const reaching = [...files('src/renderer/'), ...files('src/preload/')].flatMap((file) => {
      const path = valuePath(graph, file, 'zod')
      return path && !path.includes(PHONE_FORM_CHECK) ? [path.join(' -> ')] : []
    })
    expect(reaching).toEqual([])
  })

  it("keeps zod out of the renderer's entry chunk: the phone form that brings it loads on first use", () => {
    expect(valuePath(graph, 'src/renderer/src/main.tsx', PHONE_FORM_CHECK)).not.toBeNull()
    expect(valuePath(graph, 'src/renderer/src/main.tsx', 'zod', { staticOnly: true })).toBeNull()
  })

  it('finds a value import of zod through another module', () => {
    expect(valuePath(graph, 'src/main/ipc/handlers.ts', 'zod')).not.toBeNull()
  })

  it('holds no test code: nothing in src/ imports the harness, a test runner or a test-only package', () => {
    const testCode = (target: string) =>
      target.startsWith('harness/') || ['@playwright/test', 'conf', 'vitest', 'fast-check'].includes(target)
    const offending = [...graph].flatMap(([file, edges]) => edges.filter((e) => testCode(e.target)).map((e) => `${file} -> ${e.target}`))
    expect(offending).toEqual([])
  })

  it('has services that never import the IPC contract', () => {
    const offending = files('src/main/services/').flatMap((file) =>
      (graph.get(file) ?? []).filter((e) => e.target.startsWith('src/shared/ipc/')).map((e) => `${file} -> ${e.target}`)
    )
    expect(offending).toEqual([])
  })
})
