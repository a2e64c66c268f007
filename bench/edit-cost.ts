import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { deviceInputSchema } from '../src/shared/device-schema'
import type { HouseholdService } from '../src/main/services/household-service'
import { householdServiceFor, type DataFolders } from './data-folders'
import { limited, median, relative, type Figure } from './figures'

const SMALL = 10
const LARGE = 10_000
/** Repetitions; each gives one ratio, and the figure is their median, so one noisy repetition neither passes nor fails it. */
const REPETITIONS = 7
/** Edits per household in one repetition, the two households taking turns. */
const EDITS = 15
const WARM_UP = 5
/** One edit writes at most 8 KB (docs/architecture.md, budgets). */
const MAX_EDIT_BYTES = 8 * 1024
/** An edit at 10,000 phones costs at most 1.2× one at 10 (docs/architecture.md, budgets). */
const FLAT_BUDGET = 1.2

const PROC_IO = '/proc/self/io'

/** Bytes this process has handed to write(2) so far (Linux), or null where the kernel does not say. */
function bytesWrittenSoFar(): number | null {
  if (!existsSync(PROC_IO)) return null
  const match = /^wchar:\s*(\d+)$/m.exec(readFileSync(PROC_IO, 'utf8'))
  return match ? Number(match[1]) : null
}

interface EditSample {
  ms: number
  cpuMs: number
  bytes: number
}

interface Household {
  dataDir: string
  service: HouseholdService
  /** Phone ids, listed once: listing the household per edit would put its cost (and its garbage) into the edit. */
  ids: string[]
}

/** One edit as the phone form saves it: a changed note on a phone, through the real service and conf storage. */
async function editOnce({ service, dataDir, ids }: Household, round: number): Promise<EditSample> {
  const target = service.get(ids[(round * 7919) % ids.length])
  const input = deviceInputSchema.parse({ ...target, notes: `Checked by the bench, round ${round}.` })
  const bytesBefore = bytesWrittenSoFar()
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  await service.update(target.id, input)
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  const bytesAfter = bytesWrittenSoFar()
  const bytes =
    bytesBefore !== null && bytesAfter !== null ? bytesAfter - bytesBefore : statSync(join(dataDir, 'devices', `${target.id}.json`)).size
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes }
}

async function householdOf(folders: DataFolders, size: number): Promise<Household> {
  const dataDir = await folders.withPhones(size)
  const service = householdServiceFor(dataDir)
  const ids = (await service.load()).devices.map((d) => d.id)
  return { dataDir, service, ids }
}

/**
 * Edits at 10 and at 10,000 phones, interleaved edit by edit (alternating which goes first) so that drift hits both alike,
 * in several repetitions: each repetition's ratio of medians, and the median of those ratios.
 */
export async function measureEditCost(folders: DataFolders): Promise<Record<string, Figure>> {
  const small = await householdOf(folders, SMALL)
  const large = await householdOf(folders, LARGE)
  for (let round = 0; round < WARM_UP; round++) for (const household of [small, large]) await editOnce(household, round)
  const repetitions: Array<{ small: EditSample[]; large: EditSample[] }> = []
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const samples = { small: [] as EditSample[], large: [] as EditSample[] }
    for (let i = 0; i < EDITS; i++) {
      const round = WARM_UP + rep * EDITS + i
      const order = i % 2 === 0 ? (['small', 'large'] as const) : (['large', 'small'] as const)
      for (const which of order) samples[which].push(await editOnce(which === 'small' ? small : large, round))
    }
    repetitions.push(samples)
  }
  const medianOf = (pick: (s: EditSample) => number, which: 'small' | 'large') => repetitions.map((r) => median(r[which].map(pick)))
  const figure = (pick: (s: EditSample) => number, unit: string, budget: number | null, note: string) => {
    const ratios = repetitions.map((r) => median(r.large.map(pick)) / median(r.small.map(pick)))
    const value = median(medianOf(pick, 'large'))
    const baseline = median(medianOf(pick, 'small'))
    const spread = `ratio per repetition ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`
    return {
      ...relative(value, baseline, budget, unit, REPETITIONS, `${note}; the ratio is the median of the repetitions' ratios, ${spread}`),
      ratio: Math.round(median(ratios) * 1000) / 1000
    }
  }
  const how = bytesWrittenSoFar() === null ? 'size of the file written' : 'bytes passed to write(2), from /proc/self/io'
  const allLarge = repetitions.flatMap((r) => r.large.map((s) => s.bytes))
  return {
    'edit time, 10,000 vs 10 phones': figure(
      (s) => s.ms,
      'ms',
      FLAT_BUDGET,
      `median of ${REPETITIONS} repetitions of ${EDITS} interleaved edits each`
    ),
    'edit CPU time, 10,000 vs 10 phones': figure(
      (s) => s.cpuMs,
      'ms',
      FLAT_BUDGET,
      'user + system CPU of the process, which waiting for fsync does not count'
    ),
    'edit bytes, 10,000 vs 10 phones': figure((s) => s.bytes, 'B', FLAT_BUDGET, how),
    'edit bytes at 10,000 phones (≤ 8 KB)': limited(median(allLarge), MAX_EDIT_BYTES, 'B', allLarge.length, how)
  }
}
