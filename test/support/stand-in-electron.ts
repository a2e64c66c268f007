import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The marker after which Electron keeps its fuse wire. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** Electron's own defaults for its nine V1 fuses, '1' on and '0' off, in wire order. */
const DEFAULT_WIRE = '101100011'

/** Where the stand-in writes how it was launched, next to itself. */
export const LAUNCH_RECORD = 'launched.txt'

/**
 * An Electron stand-in: a shell script that carries the fuse sentinel and wire like the real
 * executable does, and when run only records its working folder and arguments, one per line.
 */
export function standInExecutable(): string {
  return [
    '#!/bin/sh',
    `# ${FUSE_SENTINEL}\u0001${String.fromCharCode(DEFAULT_WIRE.length)}${DEFAULT_WIRE}`,
    `{ pwd; printf '%s\\n' "$@"; } > "$(dirname "$0")/${LAUNCH_RECORD}"`,
    ''
  ].join('\n')
}

/** Writes an unpacked Electron dist folder (executable, version, resources/) into `dir`. */
export function writeStandInDist(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const executable = join(dir, 'electron')
  writeFileSync(executable, standInExecutable())
  chmodSync(executable, 0o755)
  writeFileSync(join(dir, 'version'), version)
  return dir
}
