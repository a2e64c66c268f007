import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import type { DataFolders } from './data-folders'
import { median, relative, type Figure } from './figures'

const PHONES = 10_000
const RUNS = 3
const MB = 1024 * 1024

interface MemorySample {
  maxRss: number
  heapUsed: number
}

async function child(dataDir: string, mode: 'service' | 'floor'): Promise<MemorySample> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', resolve('out/bench/memory-child.mjs'), dataDir, mode])
  return JSON.parse(stdout) as MemorySample
}

/** Peak RSS and retained heap of a fresh Node process loading 10,000 phones, next to one that only reads and parses them. */
export async function measureMemory(folders: DataFolders): Promise<Record<string, Figure>> {
  const dataDir = await folders.withPhones(PHONES)
  const service: MemorySample[] = []
  const floor: MemorySample[] = []
  for (let run = 0; run < RUNS; run++) {
    service.push(await child(dataDir, 'service'))
    floor.push(await child(dataDir, 'floor'))
  }
  const mb = (samples: MemorySample[], key: keyof MemorySample) => median(samples.map((s) => s[key])) / MB
  const note = 'reported (the budgets set none for a plain load); baseline: a process that only reads and JSON.parses the same files'
  return {
    'peak RSS loading 10,000 phones': relative(mb(service, 'maxRss'), mb(floor, 'maxRss'), null, 'MB', RUNS, note),
    'heap held after loading 10,000 phones': relative(mb(service, 'heapUsed'), mb(floor, 'heapUsed'), null, 'MB', RUNS, note)
  }
}
