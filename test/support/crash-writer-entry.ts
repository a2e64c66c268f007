import { createHouseholdService } from '@main/services/household-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { madeUpPhone } from '@harness/data/made-up-phones'

/**
 * The writer the crash-safety test kills: it rewrites one phone record through the real storage in a loop,
 * printing each version number once its write has returned. Arguments: data folder, phone id.
 */
async function main(): Promise<void> {
  const [dataDir, deviceId] = process.argv.slice(2) as [string, string]
  const household = createHouseholdService({
    dataDir,
    storage: createConfStorage(),
    vault: createPlaintextVault(),
    clock: { now: () => new Date() }
  })
  await household.load()
  let version = Number(household.get(deviceId).nickname.replace('version ', ''))
  for (;;) {
    version += 1
    await household.update(deviceId, madeUpPhone({ nickname: `version ${version}`, notes: notesFor(version) }))
    process.stdout.write(`${version}\n`)
  }
}

/** The notes written with a version: long enough that a write takes a while, and tied to the version. */
export function notesFor(version: number): string {
  return `v${version} `.repeat(200 + (version % 300))
}

if (process.argv[1]?.endsWith('crash-writer.mjs')) void main()
