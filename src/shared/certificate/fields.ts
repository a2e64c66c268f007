import { canonicalJson } from './canonical'

/**
 * The fields of a JSON value, by path ("device.imei1", "steps.3.at"), each with its canonical text.
 * Empty objects and arrays count as fields, so adding or removing an item changes the list.
 */
export function contentFields(value: unknown, prefix = ''): Array<[path: string, canonical: string]> {
  const isContainer = typeof value === 'object' && value !== null
  const entries = isContainer ? Object.entries(value).filter(([, item]) => item !== undefined) : []
  if (entries.length === 0) return [[prefix, canonicalJson(value)]]
  return entries.flatMap(([key, item]) => contentFields(item, prefix ? `${prefix}.${key}` : key))
}
