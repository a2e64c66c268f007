import type { AppError, Result } from '@shared/result'
import { settle } from '../api-client'

/** A query's name, a path such as `['run', deviceId]`: invalidating a prefix reaches every key under it. */
export type QueryKey = readonly string[]

/** What a query holds: its data once loaded, the error of the last load, and whether a load is under way. */
export interface QueryState<T> {
  data: T | undefined
  error: AppError | null
  loading: boolean
}

/** One call to the main process that answers with a Result. */
export type Fetcher<T> = () => Promise<Result<T>>

interface Entry {
  id: string
  state: QueryState<unknown>
  fetcher: Fetcher<unknown>
  inFlight: Promise<void> | null
  /** True when the data may be out of date: the next subscriber (or the end of the load under way) loads again. */
  stale: boolean
  listeners: Set<() => void>
}

const entries = new Map<string, Entry>()
const idOf = (key: QueryKey): string => JSON.stringify(key)
const startsWith = (key: QueryKey, prefix: QueryKey): boolean => prefix.every((part, index) => key[index] === part)

function update(entry: Entry, next: Partial<QueryState<unknown>>): void {
  entry.state = { ...entry.state, ...next }
  for (const listener of [...entry.listeners]) listener()
}

/** Drops an entry nobody shows, so that the next one to show it loads it fresh. */
function forget(entry: Entry): void {
  if (entry.listeners.size === 0 && !entry.inFlight && entries.get(entry.id) === entry) entries.delete(entry.id)
}

function load(entry: Entry): Promise<void> {
  if (entry.inFlight) return entry.inFlight
  entry.stale = false
  if (!entry.state.loading) update(entry, { loading: true })
  entry.inFlight = settle(entry.fetcher()).then((result) => {
    entry.inFlight = null
    update(entry, result.ok ? { data: result.data, error: null, loading: false } : { error: result.error, loading: false })
    if (entry.listeners.size === 0) return forget(entry)
    // invalidated while this load was under way: what it read may predate the change
    if (entry.stale) return load(entry)
  })
  return entry.inFlight
}

/** The cache entry of `key`, created (not yet loading) on first use; `fetcher` is how it loads. */
export function queryEntry<T>(
  key: QueryKey,
  fetcher: Fetcher<T>
): { read: () => QueryState<T>; subscribe: (listener: () => void) => () => void } {
  const id = idOf(key)
  const created: Entry = entries.get(id) ?? {
    id,
    state: { data: undefined, error: null, loading: true },
    fetcher,
    inFlight: null,
    stale: true,
    listeners: new Set()
  }
  if (!entries.has(id)) entries.set(id, created)
  /** The entry the cache holds for the key now (put back if it was dropped between render and subscription). */
  const live = (): Entry => entries.get(id) ?? (entries.set(id, created), created)
  return {
    read: () => (entries.get(id) ?? created).state as QueryState<T>,
    subscribe(listener) {
      const entry = live()
      entry.fetcher = fetcher
      entry.listeners.add(listener)
      if (entry.stale) void load(entry)
      return () => {
        entry.listeners.delete(listener)
        // dropped once nobody shows it (after this turn, so a remount in the same commit keeps it)
        setTimeout(() => forget(entry), 0)
      }
    }
  }
}

/** The data a query holds now, if any (without loading it). */
export function peekQueryData<T>(key: QueryKey): T | undefined {
  return entries.get(idOf(key))?.state.data as T | undefined
}

/** Replaces a shown query's data (what a push or a mutation answered); a query nobody shows is left alone. */
export function setQueryData<T>(key: QueryKey, next: (current: T | undefined) => T): void {
  const entry = entries.get(idOf(key))
  if (entry) update(entry, { data: next(entry.state.data as T | undefined), error: null })
}

/** Marks every query under `prefix` out of date: shown ones load again (keeping their data meanwhile), others are dropped. */
export function invalidate(prefix: QueryKey): Promise<void> {
  const loads: Array<Promise<void>> = []
  for (const [id, entry] of entries) {
    if (!startsWith(JSON.parse(id) as QueryKey, prefix)) continue
    entry.stale = true
    if (entry.listeners.size > 0) loads.push(load(entry))
    else forget(entry)
  }
  return Promise.all(loads).then(() => undefined)
}

/** Forgets every query (between component tests). */
export function clearQueries(): void {
  entries.clear()
}
