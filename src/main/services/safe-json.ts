/** Keys that name Object.prototype's machinery; no Handover document has them, and they are refused when reading. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** A JSON text that holds a forbidden key; `key` names it. */
export class ForbiddenKeyError extends Error {
  /** The key that was found. */
  readonly key: string

  /** Builds the error for one key. */
  constructor(key: string) {
    super(`The data contains a field named “${key}”.`)
    this.name = 'ForbiddenKeyError'
    this.key = key
  }
}

/** JSON.parse that refuses forbidden keys at any depth (throws ForbiddenKeyError; SyntaxError for bad JSON). */
export function parseJsonStrictly(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key)
    return value
  })
}

/** The first forbidden key an already parsed value holds, at any depth; null when there is none. */
export function findForbiddenKey(value: unknown): string | null {
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key
      pending.push((node as Record<string, unknown>)[key])
    }
  }
  return null
}
