/* eslint-disable n/no-sync -- the crash-safe log: each line is on disk when write returns (appendFileSync), so the last line before a crash survives; rotation runs inside that same write */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { LogWriter } from './log-writer'

/** The log file's name in its folder; older files are handover.1.log, handover.2.log, … */
export const LOG_FILE = 'handover.log'

/** How big a log file grows before it rotates, and how many old files are kept. */
export interface RotationLimits {
  maxBytes: number
  keep: number
}

const DEFAULT_LIMITS: RotationLimits = { maxBytes: 1024 * 1024, keep: 3 }

function rotatedName(index: number): string {
  return index === 0 ? LOG_FILE : LOG_FILE.replace(/\.log$/, `.${index}.log`)
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** Appends lines to `folder`/handover.log; past `maxBytes` the file moves to handover.1.log and so on, `keep` old files kept. */
export function createRotatingFileLog(folder: string, limits: RotationLimits = DEFAULT_LIMITS): LogWriter {
  const current = join(folder, LOG_FILE)
  const rotate = (): void => {
    rmSync(join(folder, rotatedName(limits.keep)), { force: true })
    for (let index = limits.keep - 1; index >= 0; index--) {
      try {
        renameSync(join(folder, rotatedName(index)), join(folder, rotatedName(index + 1)))
      } catch {
        // that generation does not exist yet
      }
    }
  }
  return {
    write(line) {
      try {
        mkdirSync(folder, { recursive: true })
        const entry = `${line}\n`
        if (sizeOf(current) + Buffer.byteLength(entry) > limits.maxBytes) rotate()
        appendFileSync(current, entry, { mode: 0o600 })
      } catch {
        // A log that cannot be written must never take the app down with it.
      }
    }
  }
}
