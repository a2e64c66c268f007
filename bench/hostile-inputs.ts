import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createWorkerParser } from '../src/main/services/parsing/worker-parser'
import { builtParseWorker } from '../harness/ports/built-parse-worker'
import { serverVersion, shell, trackDevices } from '../src/main/services/usb/adb-client'
import { amplifyingArchive, paddedArchive, pdfBomb } from '../harness/data/hostile-files'

/**
 * One hostile input, run in its own process by `bench/hostile-run.ts`: prints the peak extra memory (VmHWM over
 * the resident size before) and the main thread's time while the app code handles it: busy (event-loop utilisation)
 * and blocked (how late a 5 ms heartbeat came; on a shared machine this also counts waiting for a core).
 * The adb cases talk to a hostile server in another process, on the port given.
 */

const MB = 1024 * 1024
/** Longest the bench waits for one case; a case still running then is reported as not finishing. */
const GIVE_UP_MS = 20_000

function rss(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : ''
  const match = /^VmRSS:\s*(\d+) kB$/m.exec(status)
  return (match ? Number(match[1]) : process.memoryUsage().rss / 1024) * 1024
}

function peak(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : ''
  const match = /^VmHWM:\s*(\d+) kB$/m.exec(status)
  return (match ? Number(match[1]) : process.resourceUsage().maxRSS) * 1024
}

/** Measures how long the main thread was blocked: a 5 ms heartbeat adds up how late each beat came. */
function heartbeat(): () => number {
  const period = 5
  let blocked = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    blocked += Math.max(0, now - last - period)
    last = now
  }, period)
  return () => {
    clearInterval(timer)
    return blocked + Math.max(0, performance.now() - last - period)
  }
}

const settle = <T>(work: Promise<T>): Promise<string> =>
  Promise.race([
    work.then(
      () => 'returned',
      (error: unknown) => `refused: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve(`still running after ${GIVE_UP_MS / 1000} s`), GIVE_UP_MS).unref())
  ])

/** A hostile input: `prepare` makes it (not measured), `run` hands it to the app code (measured). */
interface Case {
  prepare?: (scratch: string) => Promise<unknown> | unknown
  run: (port: number, prepared: unknown) => Promise<string>
}

const address = (port: number) => ({ host: '127.0.0.1', port })
const archiveCase = (make: (path: string) => void): Case => ({
  prepare: (scratch) => {
    const file = join(scratch, 'hostile.handover')
    make(file)
    return file
  },
  run: (_port, file) => settle(createWorkerParser(builtParseWorker()).openArchive(file as string))
})
const pdfCase = (inflated: number): Case => ({
  prepare: () => pdfBomb(inflated),
  run: (_port, bomb) =>
    settle(
      createWorkerParser(builtParseWorker())
        .certificateJson(bomb as Uint8Array)
        .then((answer) => ('tooLarge' in answer ? Promise.reject(new Error('attachment over the 1 MiB cap')) : answer))
    )
})

const CASES: Record<string, Case> = {
  'endless-adb-stream': { run: (port) => settle(shell(address(port), 'DEMO0001', 'getprop')) },
  'silent-adb-server': { run: (port) => settle(serverVersion(address(port))) },
  'tiny-frame-flood': {
    run: (port) =>
      settle(
        new Promise<void>((resolve, reject) => {
          let lists = 0
          const tracker = trackDevices(
            address(port),
            () => {
              lists += 1
              if (lists === 200_000) {
                tracker.stop()
                resolve()
              }
            },
            (error) => reject(error)
          )
        })
      )
  },
  'pdf-bomb-256k': pdfCase(256 * MB),
  'pdf-bomb-1m': pdfCase(1024 * MB),
  'import-24mb-amplifying': archiveCase((path) => amplifyingArchive(path, 24 * MB)),
  'import-150mb': archiveCase((path) => paddedArchive(path, 150 * MB))
}

async function main(): Promise<void> {
  const [name, portText] = process.argv.slice(2)
  const run = name ? CASES[name] : undefined
  if (!run) throw new Error(`usage: hostile-inputs <${Object.keys(CASES).join('|')}> [port]`)
  const scratch = mkdtempSync(join(tmpdir(), 'handover-hostile-'))
  try {
    const prepared = await run.prepare?.(scratch)
    const before = rss()
    const blocked = heartbeat()
    const loop = performance.eventLoopUtilization()
    const started = performance.now()
    const outcome = await run.run(Number(portText ?? 0), prepared)
    const busy = performance.eventLoopUtilization(loop)
    const blockedMs = blocked()
    writeFileSync(
      1,
      JSON.stringify({
        name,
        outcome,
        wallMs: Math.round(performance.now() - started),
        mainThreadBusyMs: Math.round(busy.active),
        mainThreadBlockedMs: Math.round(blockedMs),
        peakExtraMb: Math.round((peak() - before) / MB)
      }) + '\n'
    )
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  process.exit(0)
}

await main()
