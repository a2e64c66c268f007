import { useState } from 'react'
import type { AppError, Result } from '@shared/result'
import { settle } from '../api-client'
import { invalidate, setQueryData, type QueryKey } from './query-cache'

/** A change sent to the main process: `run` it, see whether it is `busy` and the `error` of the last run. */
export interface Mutation<I extends unknown[], T> {
  run(...input: I): Promise<Result<T>>
  busy: boolean
  error: AppError | null
}

/** What a successful change does to the queries: the one whose data it answers with, and those to load again. */
export interface MutationEffects<T> {
  /** The query the answer replaces (the main process answers with the saved value). */
  updates?: QueryKey
  /** The queries to load again before `run` resolves. */
  invalidates?: (data: T) => QueryKey[]
}

/** Sends `call`; once it succeeds, applies its effects on the queries. */
export function useMutation<I extends unknown[], T>(
  call: (...input: I) => Promise<Result<T>>,
  effects: MutationEffects<T> = {}
): Mutation<I, T> {
  const [state, setState] = useState<{ busy: boolean; error: AppError | null }>({ busy: false, error: null })
  const run = async (...input: I): Promise<Result<T>> => {
    setState({ busy: true, error: null })
    const result = await settle(call(...input))
    if (result.ok) {
      if (effects.updates) setQueryData(effects.updates, () => result.data)
      await Promise.all((effects.invalidates?.(result.data) ?? []).map(invalidate))
    }
    setState({ busy: false, error: result.ok ? null : result.error })
    return result
  }
  return { run, ...state }
}
