import type { AppEvents } from '@shared/app-events'
import type { Api } from '@shared/ipc/contract'
import { eventChannel } from '@shared/ipc/events'
import type { AppError, ErrorCode, ErrorKey, ErrorParams, Result } from '@shared/result'
import { buildApi } from '@preload/build-api'
import { englishErrorText } from '@test/support/english'

/** A namespace of `window.api` (everything but `on`). */
export type Namespace = Exclude<keyof Api, 'on'>
/** A method of a namespace. */
export type Method<N extends Namespace> = keyof Api[N] & string
type Call<N extends Namespace, M extends Method<N>> = Api[N][M] extends (...args: infer A) => Promise<Result<infer T>>
  ? { input: A[0]; output: T }
  : never
/** How a faked channel answers one call: a Result, at once or later. */
export type Answer<N extends Namespace, M extends Method<N>> = (
  input: Call<N, M>['input']
) => Result<Call<N, M>['output']> | Promise<Result<Call<N, M>['output']>>

/** A `window.api` built by the preload's own `buildApi` from the contract's channel names, answering as a test says. */
export interface FakeApi {
  api: Api
  /** Answers every call of `namespace.method` with `answer`. */
  answer<N extends Namespace, M extends Method<N>>(namespace: N, method: M, answer: Answer<N, M>): FakeApi
  /** The inputs `namespace.method` was called with, in order. */
  calls<N extends Namespace, M extends Method<N>>(namespace: N, method: M): Array<Call<N, M>['input']>
  /** Pushes an event as the main process would. */
  push<E extends keyof AppEvents>(event: E, payload: AppEvents[E]): void
}

/** A successful answer. */
export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
/** A failed answer with an error code, a message key of the `errors` namespace and its params, and field details. */
export const failure = (code: ErrorCode, key: ErrorKey, params?: ErrorParams, details?: AppError['details']): Result<never> => ({
  ok: false,
  error: { code, key, message: key, ...(params ? { params } : {}), ...(details ? { details } : {}) }
})

/** What an English reader is shown for an error: the expected text of a failure's message. */
export const englishError = await englishErrorText()
/** An answer that never comes: the component stays in its loading state. */
export const pending = (): Promise<never> => new Promise<never>(() => undefined)

/** A fake `window.api`; a channel the test did not answer fails with a message naming it. */
export function fakeApi(): FakeApi {
  const answers = new Map<string, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>()
  const inputs = new Map<string, unknown[]>()
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const api = buildApi(
    async (channel, input) => {
      inputs.set(channel, [...(inputs.get(channel) ?? []), input])
      const answer = answers.get(channel)
      return answer ? answer(input) : failure('unknown-channel', 'ipc.unknownChannel', { channel })
    },
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      listeners.set(channel, set.add(listener))
      return () => void set.delete(listener)
    }
  )
  const fake: FakeApi = {
    api,
    answer(namespace, method, answer) {
      answers.set(`${namespace}:${method}`, answer)
      return fake
    },
    calls: (namespace, method) => inputs.get(`${namespace}:${method}`) ?? [],
    push(event, payload) {
      for (const listener of listeners.get(eventChannel(event)) ?? []) listener(payload)
    }
  }
  return fake
}
