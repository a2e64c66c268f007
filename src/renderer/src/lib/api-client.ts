import type { AppError, Result } from '../../../shared/result'

/** An IPC error surfaced to the UI, with the main process's code, message and field details. */
export class ApiError extends Error {
  /** Wraps an AppError from the main process. */
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

/** Awaits an API call and returns its data, or throws ApiError. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new ApiError(result.error)
  return result.data
}

/** The words to show for an error the main process answered with. */
export function errorText(error: AppError, fallback: string): string {
  return error.message || fallback
}

/** The message to show for anything a call threw. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError ? errorText(error.error, fallback) : fallback
}

/** The typed API the preload exposes. */
export const api = (): Window['api'] => window.api
