import { readdirSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { ServiceError } from '@shared/result'

/** The pattern of a record id (a UUID), as a regular-expression source, for building path patterns. */
export const RECORD_ID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const RECORD_ID = new RegExp(`^${RECORD_ID_PATTERN}$`, 'i')
const RECORD_FILE = new RegExp(`^(${RECORD_ID_PATTERN})\\.json$`, 'i')

/** Refuses anything that is not a phone id before it can become part of a file path. */
export function checkPhoneId(deviceId: string): void {
  if (!RECORD_ID.test(deviceId)) throw new ServiceError('invalid-input', { key: 'device.notAnId' })
}

function recordIds(names: readonly string[]): string[] {
  return names.flatMap((name) => RECORD_FILE.exec(name)?.[1] ?? []).sort()
}

/**
 * The ids of the `<id>.json` records in a folder, sorted; none when the folder does not exist. Synchronous for the
 * certificate store, whose listing reads every record through the synchronous Storage port; requests elsewhere use
 * `recordIdsInAsync`.
 */
export function recordIdsIn(dir: string): string[] {
  let names: string[]
  try {
    // eslint-disable-next-line n/no-sync -- the certificate store's listing, on the synchronous Storage port (see above)
    names = readdirSync(dir)
  } catch {
    return []
  }
  return recordIds(names)
}

/** The ids of the `<id>.json` records in a folder, sorted, without blocking the main process; none when the folder does not exist. */
export async function recordIdsInAsync(dir: string): Promise<string[]> {
  try {
    return recordIds(await readdir(dir))
  } catch {
    return []
  }
}
