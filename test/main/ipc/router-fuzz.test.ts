import fc from 'fast-check'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppRouter } from '@main/ipc/handlers'
import type { Router, SenderInfo } from '@main/ipc/router'
import { trustedOrigins } from '@main/ipc/router'
import type { ErrorCode } from '@shared/result'
import { fillHousehold, servicesAt } from '@harness/data/full-household'
import { snapshotFolder } from '../../support/temp-dir'

const RUNS_PER_CHANNEL = 1000
const ORIGIN = 'app://handover'
const own: SenderInfo = { url: `${ORIGIN}/index.html`, isMainFrame: true }
const TYPED_CODES = new Set<ErrorCode>([
  'invalid-input',
  'forbidden-sender',
  'unknown-channel',
  'not-found',
  'conflict',
  'gate-locked',
  'storage-failed',
  'cancelled',
  'unavailable'
])

/** Every file's path, size and modification time: cheap enough to take around each call. */
function quickState(dir: string): string {
  const lines: string[] = []
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name)
      const stat = statSync(path)
      if (stat.isDirectory()) walk(path)
      else lines.push(`${relative(dir, path)} ${stat.size} ${stat.mtimeMs}`)
    }
  }
  walk(dir)
  return lines.join('\n')
}

/** Keys the contract's inputs use, so random objects often get past the first field and hit deeper checks. */
const KEYS = [
  'id',
  'deviceId',
  'token',
  'file',
  'passphrase',
  'includeSecrets',
  'keep',
  'name',
  'url',
  'input',
  'status',
  'undoToken',
  'scenario',
  'replace',
  'change',
  'attachmentId',
  'certificateId',
  'text',
  'serial',
  'kind',
  'jobId',
  'path',
  'nickname',
  'imei1',
  '__proto__',
  'constructor'
]

function payloads(ids: string[]): fc.Arbitrary<unknown> {
  const value = fc.oneof(
    fc.constantFrom(...ids),
    fc.uuid(),
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 5000, maxLength: 20000 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom('../../etc/passwd', '..', '/tmp', 'household.json', 'x'.repeat(400), '2025-01-01T00-00-00-000Z_manual'),
    fc.anything({ maxDepth: 3 })
  )
  return fc.oneof(
    fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true
    }),
    fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 3 }), { maxKeys: 2 }),
    fc.constantFrom(
      JSON.parse('{"__proto__":{"polluted":true},"id":"x"}') as unknown,
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown
    ),
    fc.array(value, { maxLength: 5 })
  )
}

let router: Router
let dataDir: string
let ids: string[]

let scratch: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'handover-fuzz-'))
  scratch = mkdtempSync(join(tmpdir(), 'handover-fuzz-scratch-'))
  const { services, dialogs } = await servicesAt(dataDir)
  const filled = await fillHousehold(services, dialogs, scratch)
  ids = [filled.sold, filled.preparing, filled.spare, filled.certificateId]
  router = createAppRouter(services, trustedOrigins([ORIGIN]))
}, 60_000)

afterAll(() => {
  for (const dir of [dataDir, scratch]) rmSync(dir, { recursive: true, force: true })
})

describe('IPC boundary under hostile input', () => {
  it('covers every channel of the contract', () => {
    expect(router.channels.length).toBeGreaterThan(30)
    expect(router.channels).toContain('archive:previewImport')
  })

  it(`answers ${RUNS_PER_CHANNEL} random payloads per channel with a typed error or a result, and invalid ones change nothing`, async () => {
    const tally: Record<string, { ok: number; refused: number }> = {}
    for (const channel of router.channels) {
      tally[channel] = { ok: 0, refused: 0 }
      const fullBefore = snapshotFolder(dataDir)
      let anyOk = false
      await fc.assert(
        fc.asyncProperty(payloads(ids), async (payload) => {
          const before = quickState(dataDir)
          const result = await router.handle(own, channel, payload)
          expect(typeof result.ok).toBe('boolean')
          if (result.ok) {
            anyOk = true
            tally[channel].ok += 1
            return
          }
          tally[channel].refused += 1
          expect(TYPED_CODES.has(result.error.code), `${channel}: ${result.error.code} ${result.error.message}`).toBe(true)
          expect(typeof result.error.message).toBe('string')
          expect(quickState(dataDir)).toBe(before)
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: channel.length * 7919 }
      )
      if (!anyOk) expect(snapshotFolder(dataDir)).toEqual(fullBefore)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    }
    const total = Object.values(tally).reduce((sum, t) => sum + t.ok + t.refused, 0)
    console.log(
      `[router-fuzz] ${router.channels.length} channels, ${total} calls, ${Object.values(tally).reduce((s, t) => s + t.ok, 0)} valid`
    )
    expect(total).toBeGreaterThanOrEqual(router.channels.length * RUNS_PER_CHANNEL)
  }, 900_000)
})
