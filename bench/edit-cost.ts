import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { deviceInputSchema } from '../src/shared/device-schema'
import type { HouseholdService } from '../src/main/services/household-service'
import { householdServiceFor, type DataFolders } from './data-folders'
import { limited, median, relative, type Figure } from './figures'

const SIZES = [10, 1_000, 10_000] as const
const EDITS = 21
const WARM_UP = 3
/** DESIGN §5: one edit writes at most 8 KB. */
const MAX_EDIT_BYTES = 8 * 1024
/** DESIGN §5: an edit at 10,000 phones costs at most 1.5× one at 10. */
const FLAT_BUDGET = 1.5

const PROC_IO = '/proc/self/io'

/** Bytes this process has handed to write(2) so far (Linux), or null where the kernel does not say. */
function bytesWrittenSoFar(): number | null {
  if (!existsSync(PROC_IO)) return null
  const match = /^wchar:\s*(\d+)$/m.exec(readFileSync(PROC_IO, 'utf8'))
  return match ? Number(match[1]) : null
}

interface EditSample {
  ms: number
  bytes: number
}

/** One edit as the phone form saves it: a changed note on a phone, through the real service and conf storage. */
async function editOnce(service: HouseholdService, dataDir: string, round: number): Promise<EditSample> {
  const phones = service.current().devices
  const target = service.get(phones[(round * 7919) % phones.length]!.id)
  const input = deviceInputSchema.parse({ ...target, notes: `Checked by the bench, round ${round}.` })
  const bytesBefore = bytesWrittenSoFar()
  const start = performance.now()
  await service.update(target.id, input)
  const ms = performance.now() - start
  const bytesAfter = bytesWrittenSoFar()
  const bytes = bytesBefore !== null && bytesAfter !== null ? bytesAfter - bytesBefore : statSync(join(dataDir, 'devices', `${target.id}.json`)).size
  return { ms, bytes }
}

/** Edits at 10, 1,000 and 10,000 phones, interleaved round by round (rotating who goes first) so drift hits every size alike. */
export async function measureEditCost(folders: DataFolders): Promise<Record<string, Figure>> {
  const households = await Promise.all(
    SIZES.map(async (size) => {
      const dataDir = await folders.withPhones(size)
      const service = householdServiceFor(dataDir)
      await service.load()
      return { size, dataDir, service, samples: [] as EditSample[] }
    })
  )
  for (let round = 0; round < WARM_UP + EDITS; round++) {
    for (let k = 0; k < households.length; k++) {
      const household = households[(round + k) % households.length]! // each size takes each turn in the round alike
      const sample = await editOnce(household.service, household.dataDir, round)
      if (round >= WARM_UP) household.samples.push(sample)
    }
  }
  const at = (size: number) => {
    const samples = households.find((h) => h.size === size)!.samples
    return { ms: median(samples.map((s) => s.ms)), bytes: median(samples.map((s) => s.bytes)) }
  }
  const small = at(10)
  const middle = at(1_000)
  const large = at(10_000)
  const how = bytesWrittenSoFar() === null ? 'size of the file written' : 'bytes passed to write(2), from /proc/self/io'
  return {
    'edit time, 1,000 vs 10 phones': relative(middle.ms, small.ms, FLAT_BUDGET, 'ms', EDITS),
    'edit time, 10,000 vs 10 phones': relative(large.ms, small.ms, FLAT_BUDGET, 'ms', EDITS),
    'edit bytes, 10,000 vs 10 phones': relative(large.bytes, small.bytes, FLAT_BUDGET, 'B', EDITS, how),
    'edit bytes at 10,000 phones (≤ 8 KB)': limited(large.bytes, MAX_EDIT_BYTES, 'B', EDITS, how)
  }
}
