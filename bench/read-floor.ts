import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The floor for loading a household: read and JSON.parse every file the service reads, with bare fs, in one loop. */
export function readFloor(dataDir: string): unknown[] {
  const devicesDir = join(dataDir, 'devices')
  const parsed: unknown[] = [JSON.parse(readFileSync(join(dataDir, 'household.json'), 'utf8'))]
  for (const name of readdirSync(devicesDir)) parsed.push(JSON.parse(readFileSync(join(devicesDir, name), 'utf8')))
  return parsed
}
