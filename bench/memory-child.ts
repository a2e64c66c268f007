import { existsSync, readFileSync } from 'node:fs'
import { householdServiceFor } from './data-folders'
import { readFloor } from './read-floor'

/**
 * Peak resident memory of this process image in bytes. On Linux, VmHWM from /proc: getrusage's maxRSS survives
 * exec, so in a child spawned by a big parent it reports the parent's size at fork, not the child's own peak.
 */
function peakRss(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : ''
  const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(status)
  return (hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS) * 1024
}

/** Run in its own process: loads a data folder (`service` or `floor`) and prints peak RSS and retained heap as JSON. */
async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2)
  if (!dataDir || (mode !== 'service' && mode !== 'floor')) throw new Error('usage: memory-child <dataDir> service|floor')
  const held = mode === 'service' ? await householdServiceFor(dataDir).load() : readFloor(dataDir)
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const heapUsed = process.memoryUsage().heapUsed
  process.stdout.write(JSON.stringify({ maxRss: peakRss(), heapUsed, held: Array.isArray(held) ? held.length : held.devices.length }))
}

await main()
