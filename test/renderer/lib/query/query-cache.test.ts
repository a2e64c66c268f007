import { afterEach, describe, expect, it } from 'vitest'
import { clearQueries, invalidate, queryEntry, setQueryData } from '@renderer/lib/query/query-cache'
import type { Result } from '@shared/result'

/** A fetcher whose answers the test releases one by one, counting the calls. */
function controlled<T>() {
  const waiting: Array<(result: Result<T>) => void> = []
  const fetcher = () => new Promise<Result<T>>((resolve) => waiting.push(resolve))
  return {
    fetcher,
    get calls() {
      return waiting.length
    },
    answer: (index: number, data: T) => waiting[index]({ ok: true, data })
  }
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(clearQueries)

describe('the query cache', () => {
  it('makes one call for every subscriber of a key while it is in flight, and shares the answer', async () => {
    const source = controlled<string>()
    const a = queryEntry(['household'], source.fetcher)
    const b = queryEntry(['household'], source.fetcher)
    a.subscribe(() => undefined)
    b.subscribe(() => undefined)
    expect(source.calls).toBe(1)
    expect(a.read()).toMatchObject({ loading: true, data: undefined })
    source.answer(0, 'loaded')
    await settled()
    expect(b.read()).toEqual({ data: 'loaded', error: null, loading: false })
  })

  it('keeps the error of a failed call with the data it had', async () => {
    let answer: Result<string> = { ok: true, data: 'first' }
    const entry = queryEntry(['app-info'], async () => answer)
    entry.subscribe(() => undefined)
    await settled()
    answer = { ok: false, error: { code: 'storage-failed', key: 'file.unreadable', message: 'Unreadable.' } }
    await invalidate(['app-info'])
    expect(entry.read()).toEqual({
      data: 'first',
      error: { code: 'storage-failed', key: 'file.unreadable', message: 'Unreadable.' },
      loading: false
    })
  })

  it('turns a call that throws into an error, not an unhandled rejection', async () => {
    const entry = queryEntry(['usb-key'], () => Promise.reject(new Error('bridge gone')))
    entry.subscribe(() => undefined)
    await settled()
    expect(entry.read().error?.code).toBe('internal')
  })

  it('invalidates by prefix: shown queries under it load again, others keep their data', async () => {
    let version = 1
    const calls: string[] = []
    const fetch = (name: string) => async (): Promise<Result<string>> => (calls.push(name), { ok: true, data: `${name} v${version}` })
    const runA = queryEntry(['run', 'a'], fetch('a'))
    const runB = queryEntry(['run', 'b'], fetch('b'))
    const other = queryEntry(['backups'], fetch('backups'))
    for (const entry of [runA, runB, other]) entry.subscribe(() => undefined)
    await settled()
    version = 2
    await invalidate(['run'])
    expect([runA.read().data, runB.read().data, other.read().data]).toEqual(['a v2', 'b v2', 'backups v1'])
    await invalidate(['run', 'a'])
    expect(calls.filter((name) => name === 'a')).toHaveLength(3)
    expect(calls.filter((name) => name === 'b')).toHaveLength(2)
  })

  it('loads again after a load that an invalidation overtook, so a change made meanwhile is not lost', async () => {
    const source = controlled<string>()
    const entry = queryEntry(['run-progress'], source.fetcher)
    entry.subscribe(() => undefined)
    void invalidate(['run-progress'])
    expect(source.calls).toBe(1)
    source.answer(0, 'before the change')
    await settled()
    expect(source.calls).toBe(2)
    source.answer(1, 'after the change')
    await settled()
    expect(entry.read().data).toBe('after the change')
  })

  it('forgets a query nobody shows, so the next one to show it loads it fresh', async () => {
    let calls = 0
    const fetcher = async (): Promise<Result<number>> => ({ ok: true, data: ++calls })
    const first = queryEntry(['quarantine'], fetcher)
    const stop = first.subscribe(() => undefined)
    await settled()
    stop()
    await settled()
    const again = queryEntry(['quarantine'], fetcher)
    again.subscribe(() => undefined)
    await settled()
    expect(again.read().data).toBe(2)
  })

  it('replaces a shown query’s data from a push, and ignores a push for a query nobody shows', async () => {
    const entry = queryEntry(['usb-status'], async (): Promise<Result<string>> => ({ ok: true, data: 'connecting' }))
    let renders = 0
    entry.subscribe(() => renders++)
    await settled()
    setQueryData<string>(['usb-status'], () => 'one phone')
    expect(entry.read().data).toBe('one phone')
    expect(renders).toBeGreaterThan(0)
    setQueryData<string>(['usb-job', 'nobody'], () => 'finished')
    expect(queryEntry(['usb-job', 'nobody'], async () => ({ ok: true, data: 'fresh' })).read().data).toBeUndefined()
  })
})
