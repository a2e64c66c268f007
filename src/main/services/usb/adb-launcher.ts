import { execFile } from 'node:child_process'
import { posix, win32 } from 'node:path'

/** The only file names Handover runs as adb. */
const ADB_NAMES = new Set(['adb', 'adb.exe'])

/** True when the path names a file called adb (or adb.exe), on either kind of path. */
export function isAdbFileName(path: string): boolean {
  return ADB_NAMES.has(win32.basename(posix.basename(path)).toLowerCase())
}

/** What `adb version` prints first, in every release of platform-tools and Debian's package. */
const ADB_VERSION_LINE = /^Android Debug Bridge version \d+\.\d+\.\d+/m

/** True when the program answers `adb version` like adb does (within a few seconds, with its version line). */
export function answersLikeAdb(adbPath: string, timeoutMs = 5000): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(adbPath, ['version'], { timeout: timeoutMs, windowsHide: true, maxBuffer: 64 * 1024 }, (error, stdout) => {
      resolve(!error && ADB_VERSION_LINE.test(String(stdout)))
    })
  })
}

/** Starts the adb server with `adb -P PORT start-server`; rejects with adb's own words when it fails. */
export function startAdbServer(adbPath: string, port: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(adbPath, ['-P', String(port), 'start-server'], { timeout: timeoutMs, windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(new Error(String(stderr).trim().split('\n').slice(-1)[0] || error.message))
      else resolve()
    })
  })
}
