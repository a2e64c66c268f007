import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'
import { createHouseholdService } from '@main/services/household-service'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { notesFor } from '../../support/crash-writer-entry'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { tempDir } from '../../support/temp-dir'

const TRIALS = 200
const PARALLEL = 4
let writer = ''

const household = (dataDir: string) =>
  createHouseholdService({ dataDir, storage: createConfStorage(), vault: createPlaintextVault(), clock: { now: () => new Date() } })

/** Starts the writer, kills it a random few milliseconds after its first acknowledged write; returns the last acknowledged version. */
function killMidWrite(dataDir: string, deviceId: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, deviceId], { stdio: ['ignore', 'pipe', 'pipe'] })
    let acknowledged = -1
    let buffer = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      if (acknowledged < 0 && lines.length > 0) setTimeout(() => child.kill('SIGKILL'), delayMs)
      for (const line of lines) acknowledged = Math.max(acknowledged, Number(line))
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`writer exited by itself: ${stderr.slice(0, 500)}`))
    )
  })
}

beforeAll(async () => {
  const outDir = tempDir('handover-crash-writer-')
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, '../../support/crash-writer-entry.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'crash-writer.mjs' } }
    }
  })
  writer = join(outDir, 'crash-writer.mjs')
}, 120_000)

describe('crash safety', () => {
  it(`a writer killed mid-write ${TRIALS} times leaves the old or the new record, never a torn or lost one`, async () => {
    const lanes = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, lane) => {
        const dataDir = tempDir()
        const created = await household(dataDir).create(madeUpPhone({ nickname: 'version 0', notes: notesFor(0) }))
        let last = 0
        let interrupted = 0
        const failures: string[] = []
        for (let trial = lane; trial < TRIALS; trial += PARALLEL) {
          const tempsBefore = readdirSync(join(dataDir, 'devices')).length
          const acknowledged = await killMidWrite(dataDir, created.id, (trial * 7) % 9)
          if (readdirSync(join(dataDir, 'devices')).length > tempsBefore) interrupted += 1
          JSON.parse(readFileSync(join(dataDir, 'devices', `${created.id}.json`), 'utf8'))
          const reloaded = household(dataDir)
          const loaded = await reloaded.load()
          if (loaded.quarantinedNow.length > 0 || loaded.devices.length !== 1) {
            failures.push(`trial ${trial}: ${loaded.devices.length} phones, ${loaded.quarantinedNow.length} set aside`)
            break
          }
          const device = reloaded.get(created.id)
          const version = Number(device.nickname.replace('version ', ''))
          if (version < Math.max(last, acknowledged) || device.notes !== notesFor(version).trim())
            failures.push(`trial ${trial}: version ${version} after ${acknowledged}`)
          last = version
        }
        return { failures, interrupted, last }
      })
    )
    expect(lanes.flatMap((lane) => lane.failures)).toEqual([])
    // Kills that left the writer's temp file behind landed between opening the temp file and the rename.
    const interrupted = lanes.reduce((sum, lane) => sum + lane.interrupted, 0)
    console.log(
      `[crash-safety] ${TRIALS} kills, ${interrupted} mid-write (temp file left), final versions ${lanes.map((l) => l.last).join(', ')}`
    )
    expect(interrupted).toBeGreaterThan(0)
    expect(lanes.every((lane) => lane.last > 0)).toBe(true)
  }, 600_000)
})
