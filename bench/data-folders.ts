import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHouseholdService, type HouseholdService } from '../src/main/services/household-service'
import { createConfStorage } from '../harness/ports/conf-storage'
import { createPlaintextVault } from '../harness/ports/plaintext-vault'
import { generateHousehold, writeHouseholdFolder } from './household-generator'

/** The seed every bench data set is generated from. */
export const BENCH_SEED = 20250601

/** Temporary data folders holding generated households, removed together at the end. */
export interface DataFolders {
  /** A data folder with `count` generated phones (made once per count). */
  withPhones(count: number): Promise<string>
  /** Removes every folder made. */
  removeAll(): void
}

/** Makes data folders under one temporary root. */
export function dataFolders(): DataFolders {
  const root = mkdtempSync(join(tmpdir(), 'handover-bench-'))
  const made = new Map<number, Promise<string>>()
  return {
    withPhones(count) {
      let folder = made.get(count)
      if (!folder) {
        const dir = join(root, `phones-${count}`)
        folder = writeHouseholdFolder(dir, generateHousehold(count, BENCH_SEED), createPlaintextVault()).then(() => dir)
        made.set(count, folder)
      }
      return folder
    },
    removeAll: () => rmSync(root, { recursive: true, force: true })
  }
}

/** The real household service over a data folder, with the test adapters (conf storage, plaintext vault). */
export function householdServiceFor(dataDir: string): HouseholdService {
  return createHouseholdService({ dataDir, storage: createConfStorage(), vault: createPlaintextVault(), clock: { now: () => new Date() } })
}
