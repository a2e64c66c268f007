function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON has no form for ${value} at ${path || 'the root'}.`)
      return JSON.stringify(value)
    case 'string':
      return JSON.stringify(value.normalize('NFC'))
  }
  if (Array.isArray(value)) return `[${value.map((item, index) => write(item, `${path}[${index}]`)).join(',')}]`
  if (isPlainObject(value)) {
    const entries = new Map<string, unknown>()
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue
      const normalised = key.normalize('NFC')
      if (entries.has(normalised)) throw new TypeError(`Two keys normalise to "${normalised}" at ${path || 'the root'}.`)
      entries.set(normalised, item)
    }
    const keys = [...entries.keys()].sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${write(entries.get(key), path ? `${path}.${key}` : key)}`).join(',')}}`
  }
  throw new TypeError(`Canonical JSON has no form for a ${typeof value} at ${path || 'the root'}.`)
}

/**
 * The canonical text of a JSON value: object keys sorted by UTF-16 code units, no whitespace,
 * every string and key in Unicode NFC, `undefined` members left out. Equal content gives equal text.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '')
}
