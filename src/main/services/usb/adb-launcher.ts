import { execFile } from 'node:child_process'

/** Starts the adb server with `adb -P PORT start-server`; rejects with adb's own words when it fails. */
export function startAdbServer(adbPath: string, port: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(adbPath, ['-P', String(port), 'start-server'], { timeout: timeoutMs, windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(new Error(String(stderr).trim().split('\n').slice(-1)[0] || error.message))
      else resolve()
    })
  })
}
