import { readdirSync } from 'node:fs'
import { ServiceError } from '../../shared/result'

/** The pattern of a record id (a UUID), as a regular-expression source, for building path patterns. */
export const RECORD_ID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const RECORD_ID = new RegExp(`^${RECORD_ID_PATTERN}$`, 'i')
const RECORD_FILE = new RegExp(`^(${RECORD_ID_PATTERN})\\.json$`, 'i')

/** Refuses anything that is not a phone id before it can become part of a file path. */
export function checkPhoneId(deviceId: string): void {
  if (!RECORD_ID.test(deviceId)) throw new ServiceError('invalid-input', { key: 'device.notAnId' })
}

/** The ids of the `<id>.json` records in a folder, sorted; none when the folder does not exist. */
export function recordIdsIn(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => RECORD_FILE.exec(name)?.[1] ?? []).sort()
}
