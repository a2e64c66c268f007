/** Error codes every IPC call can answer with. */
export type ErrorCode =
  | 'invalid-input'
  | 'forbidden-sender'
  | 'unknown-channel'
  | 'not-found'
  | 'conflict'
  | 'gate-locked'
  | 'storage-failed'
  | 'cancelled'
  | 'unavailable'
  | 'internal'

/** A problem reported across the IPC boundary; `details` names fields and issues. */
export interface AppError {
  code: ErrorCode
  message: string
  details?: Array<{ path: string; message: string }>
}

/** What every IPC call returns: data or a typed error, never a thrown exception. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

/** An exception a service throws to answer with a specific error code. */
export class ServiceError extends Error {
  /** Builds an error carrying a code and optional field details. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: AppError['details']
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
