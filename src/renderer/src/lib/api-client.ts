import { getI18n } from 'react-i18next'
import { errorText } from '@shared/i18n/error-text'
import type { AppError, ErrorText, Result } from '@shared/result'

/** An IPC error surfaced to the UI, with the main process's code, message key and field details. */
export class ApiError extends Error {
  /** Wraps an AppError from the main process. */
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

/**
 * The Result of a call; one that threw instead of answering (the bridge went away) is an error like any other. A failure
 * resolves once the error messages are loaded, so whoever shows it can say it in the app's language.
 */
export async function settle<T>(call: Promise<Result<T>>): Promise<Result<T>> {
  const result = await call.catch((): Result<T> => ({
    ok: false,
    error: { code: 'internal', key: 'ipc.internal', message: 'The call got no answer.' }
  }))
  if (!result.ok) await getI18n()?.loadNamespaces('errors')
  return result
}

/** Awaits an API call and returns its data, or throws ApiError once the error messages are loaded to show it. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await settle(call)
  if (!result.ok) throw new ApiError(result.error)
  return result.data
}

/** An error's message (or a field detail's) in the app's language. */
export function apiErrorText(text: ErrorText): string {
  return errorText(getI18n().t, text)
}

/** The message to show for anything a call threw: the error's own, translated, or `fallback`. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError ? apiErrorText(error.error) : fallback
}

/** The typed API the preload exposes. */
export const api = (): Window['api'] => window.api
