import { useMemo, useSyncExternalStore } from 'react'
import { invalidate, queryEntry, type Fetcher, type QueryKey, type QueryState } from './query-cache'

/** What a query without a key (nothing to load yet) holds: nothing, and it never loads. */
const IDLE: QueryState<never> = { data: undefined, error: null, loading: false }
const idle = { read: () => IDLE, subscribe: () => () => undefined }

/** A query as a component sees it: its state, and `refetch` to load it again. */
export interface Query<T> extends QueryState<T> {
  refetch(): Promise<void>
}

/**
 * The data `fetcher` answers for `key` (null: nothing to load yet), loaded when first shown, shared by every component showing the same key
 * (one call in flight at a time), and loaded again when invalidated (by a push event or a mutation).
 */
export function useQuery<T>(key: QueryKey | null, fetcher: Fetcher<T>): Query<T> {
  const id = JSON.stringify(key)
  // the key names the data: a new fetcher closure for the same key is the same query
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const entry = useMemo(() => (key ? queryEntry(key, fetcher) : idle), [id])
  const state = useSyncExternalStore(entry.subscribe, entry.read)
  return useMemo(() => ({ ...state, refetch: () => invalidate(JSON.parse(id) as QueryKey) }), [state, id])
}
