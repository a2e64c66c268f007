import type { SectionName } from './archive/section-names'
import type errorsCatalogue from './locales/en/errors.json'
import { englishError } from './i18n/english-errors'

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

/** The dotted paths of a catalogue's strings; plural forms ("x_one", "x_other") count as their base key "x". */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : KeysOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A message key of the `errors` namespace, as English defines it: a key English lacks does not compile. */
export type ErrorKey = KeysOf<typeof errorsCatalogue>

/** The values a message interpolates (counts, sizes, field names). Shown to the user, never logged. */
export type ErrorParams = Record<string, string | number>

/** Where in a file a problem is: a record (by section, its number from 1, and its name if it has one) and/or a field. */
export interface ErrorPlace {
  record?: { section: SectionName; number: number; name?: string }
  field?: string
}

/** A message to show: its key in the `errors` namespace, the values it interpolates, and where it applies. */
export interface ErrorText {
  key: ErrorKey
  params?: ErrorParams
  /** The record or field the message is about, said before it ("Phone 3 (“Kitchen”), field imei1: …"). */
  where?: ErrorPlace
}

/** One field's problem: where, and its message as a key (with params) plus the English template for logs. */
export interface ErrorDetail extends ErrorText {
  path: string
  message: string
}

/** A problem reported across the IPC boundary: a code, a message key with params, and field details. */
export interface AppError extends ErrorText {
  code: ErrorCode
  /** The English template (params not filled in): for logs and developers, never shown translated. */
  message: string
  details?: ErrorDetail[]
}

/** What every IPC call returns: data or a typed error, never a thrown exception. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

/** A field detail: its path and message, with the English template beside it. */
export function errorDetail(path: string, key: ErrorKey, params?: ErrorParams, where?: ErrorPlace): ErrorDetail {
  return { path, key, ...(params ? { params } : {}), ...(where ? { where } : {}), message: englishError(key) }
}

/** An exception a service throws to answer with a specific error code, a message key and field details. */
export class ServiceError extends Error {
  /** The message's key in the `errors` namespace. */
  readonly key: ErrorKey
  /** The values the message interpolates. */
  readonly params: ErrorParams | undefined
  /** The record or field the message is about. */
  readonly where: ErrorPlace | undefined
  /** Field details, as thrown. */
  readonly details: readonly ErrorDetail[] | undefined

  /** Builds an error carrying a code, a message key with its params, and optional field details. */
  constructor(
    readonly code: ErrorCode,
    text: ErrorText,
    details?: ErrorDetail[]
  ) {
    super(englishError(text.key))
    this.name = 'ServiceError'
    this.key = text.key
    this.params = text.params
    this.where = text.where
    this.details = details
  }

  /** The error as it crosses the IPC boundary: code, key, params, place, English template and keyed details. */
  appError(): AppError {
    return {
      code: this.code,
      key: this.key,
      ...(this.params ? { params: this.params } : {}),
      ...(this.where ? { where: this.where } : {}),
      message: this.message,
      ...(this.details ? { details: [...this.details] } : {})
    }
  }
}
