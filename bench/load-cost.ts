import { householdServiceFor, type DataFolders } from './data-folders'
import { median, relative, timed, type Figure } from './figures'
import { readFloor } from './read-floor'

const PHONES = 10_000
const RUNS = 11
/**
 * Loading costs at most 2.5× the floor (docs/architecture.md, budgets): checking every field against the schema, decrypting
 * and re-checking the identifiers, summarising and the link/temp sweep cost about 1.1× the floor between them, so the load
 * sits at 1.8–2.2× run to run; 2.5× still trips on a regression of a fifth.
 */
const LOAD_BUDGET = 2.5

/** Loading 10,000 phones through createHouseholdService(...).load() versus the bare read + parse floor, alternating. */
export async function measureLoadCost(folders: DataFolders): Promise<Record<string, Figure>> {
  const dataDir = await folders.withPhones(PHONES)
  const floor: number[] = []
  const load: number[] = []
  let loaded = 0
  for (let run = -1; run < RUNS; run++) {
    const floorMs = await timed(() => readFloor(dataDir))
    const loadMs = await timed(async () => {
      loaded = (await householdServiceFor(dataDir).load()).devices.length
    })
    if (run < 0) continue // warm-up: page cache, JIT
    floor.push(floorMs)
    load.push(loadMs)
  }
  if (loaded !== PHONES) throw new Error(`The service loaded ${loaded} of ${PHONES} phones: the generated data does not match the schema.`)
  return { 'load 10,000 phones vs bare read + parse': relative(median(load), median(floor), LOAD_BUDGET, 'ms', RUNS) }
}
