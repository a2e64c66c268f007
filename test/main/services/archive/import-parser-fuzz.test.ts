import fc from 'fast-check'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeArchive, openArchiveText } from '@main/services/archive/read-archive'
import type { Services } from '@main/services/create-services'
import { ARCHIVE_VERSION, archiveSchema } from '@shared/archive/format'
import { ServiceError } from '@shared/result'
import { fillHousehold, servicesAt } from '@harness/data/full-household'
import { snapshotFolder } from '@test/support/temp-dir'
import { exportedArchive, openedImport } from '@harness/services/through-dialogs'
import type { ScriptedDialogs } from '@harness/ports/scripted-dialogs'
import { encryptArchive } from '@main/services/archive/archive-crypto'
import { SCRYPT_LOG_N } from '@shared/archive/envelope'
import { englishErrorText } from '@test/support/english'

const english = await englishErrorText()

let plain = ''
let archive: Record<string, unknown>
let protectedText = ''
let services: Services
let dialogs: ScriptedDialogs
let dataDir: string
const scratch: string[] = []
const folder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

/** Parses and validates like an import does; returns 'valid' or the refusal's message, and fails on anything else. */
async function parse(text: string, passphrase?: string): Promise<string> {
  try {
    const decoded = await decodeArchive(openArchiveText(text), passphrase)
    expect(archiveSchema.safeParse(decoded.archive).success).toBe(true)
    return 'valid'
  } catch (error) {
    if (!(error instanceof ServiceError) || error.code !== 'invalid-input') throw error
    expect(error.details?.length).toBeGreaterThan(0)
    const text = english(error.appError())
    expect(text.length).toBeGreaterThan(10)
    return error.details?.length === 1 ? text : error.appError().details!.map(english).join('\n')
  }
}

/** Every path in a JSON value (objects and arrays), to mutate one at random. */
function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = []
): Array<Array<string | number>> {
  if (out.length > 5000) return out
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : []
  for (const [key, item] of entries) {
    out.push([...prefix, key])
    pathsOf(item, [...prefix, key], out)
  }
  return out
}

function withValueAt(root: unknown, path: Array<string | number>, replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1]
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1)
    else delete node[last]
  } else node[last] = replacement
  return copy
}

const deep = (depth: number, leaf: unknown): unknown => {
  let value = leaf
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}

beforeAll(async () => {
  dataDir = folder('handover-parser-fuzz-')
  const made = await servicesAt(dataDir)
  services = made.services
  dialogs = made.dialogs
  await fillHousehold(services, made.dialogs, folder('handover-parser-scratch-'))
  plain = await exportedArchive(services.archive, dialogs)
  archive = JSON.parse(plain) as Record<string, unknown>
  protectedText = JSON.stringify(await encryptArchive(plain, 'the right passphrase', SCRYPT_LOG_N.min))
}, 60_000)

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

describe('import parser under hostile files', () => {
  it('refuses every truncated archive with a reason (600 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: plain.length - 1 }), async (cut) => {
        expect(await parse(plain.slice(0, cut))).not.toBe('valid')
      }),
      { numRuns: 600, seed: 11 }
    )
  })

  it('answers a wrong type, a missing field or a hostile value anywhere with valid or a named refusal (800 cases)', async () => {
    const paths = pathsOf(archive)
    const hostile = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.string({ minLength: 100_000, maxLength: 300_000 }),
      fc.array(fc.integer(), { minLength: 10_000, maxLength: 50_000 }),
      fc.integer({ min: 50, max: 3000 }).map((depth) => deep(depth, 'x')),
      fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown)
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), hostile, fc.boolean(), async (path, value, remove) => {
        const outcome = await parse(JSON.stringify(withValueAt(archive, path, value, remove)))
        if (outcome !== 'valid')
          expect(outcome).toMatch(/(Phone|Household member|Offboarding run|Receipts of phone|Certificate) \d+|Field|file|archive/)
      }),
      { numRuns: 800, seed: 22 }
    )
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  }, 120_000)

  it('refuses deep nesting, huge arrays, __proto__ keys and non-archives at the top level (400 cases)', async () => {
    const top = fc.oneof(
      fc.integer({ min: 1000, max: 200_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc.integer({ min: 1000, max: 50_000 }).map((depth) => '{"a":'.repeat(depth) + 'null' + '}'.repeat(depth)),
      fc.constant(`{"format":"handover-archive","version":${ARCHIVE_VERSION},"__proto__":{"x":1}}`),
      fc.constant(plain.replace('"records":{', '"records":{"__proto__":{"devices":[]},')),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 2000 }),
      fc.integer({ min: ARCHIVE_VERSION + 1, max: 1_000_000 }).map((version) => JSON.stringify({ ...archive, version })),
      fc.constant(
        JSON.stringify({ ...archive, records: { ...(archive['records'] as object), devices: Array.from({ length: 200_000 }, () => 0) } })
      )
    )
    await fc.assert(
      fc.asyncProperty(top, async (text) => {
        expect(await parse(text)).not.toBe('valid')
      }),
      { numRuns: 400, seed: 33 }
    )
  })

  it('refuses a wrong passphrase and a changed protected file (200 cases)', async () => {
    const envelope = JSON.parse(protectedText) as Record<string, unknown>
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .string({ maxLength: 64 })
            .filter((p) => p !== 'the right passphrase')
            .map((passphrase) => ({ text: protectedText, passphrase })),
          fc
            .constantFrom('ciphertext', 'tag', 'kdf', 'cipher')
            .chain((field) =>
              fc
                .anything({ maxDepth: 2 })
                .map((value) => ({ text: JSON.stringify({ ...envelope, [field]: value }), passphrase: 'the right passphrase' }))
            ),
          fc.integer({ min: 0, max: 1000 }).map((flip) => {
            const ciphertext = Buffer.from(envelope['ciphertext'] as string, 'base64')
            ciphertext[flip % ciphertext.length] ^= 1
            return { text: JSON.stringify({ ...envelope, ciphertext: ciphertext.toString('base64') }), passphrase: 'the right passphrase' }
          }),
          fc.constantFrom(13, 19, 25, 40).map((logN) => ({
            text: JSON.stringify({ ...envelope, kdf: { ...(envelope['kdf'] as object), logN } }),
            passphrase: 'the right passphrase'
          }))
        ),
        async ({ text, passphrase }) => {
          expect(await parse(text, passphrase)).not.toBe('valid')
        }
      ),
      { numRuns: 200, seed: 44 }
    )
    expect(await parse(protectedText, 'the right passphrase')).toBe('valid')
    const costlier = JSON.stringify({ ...envelope, kdf: { ...(envelope['kdf'] as object), logN: 15 } })
    expect(await parse(costlier, 'the right passphrase')).toBe('The passphrase is wrong, or the file was changed after it was written.')
  }, 120_000)

  it('through the service, a refused file leaves the data folder exactly as it was (100 cases)', async () => {
    const before = snapshotFolder(dataDir)
    const dir = folder('handover-parser-files-')
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: plain.length - 2 }), async (cut) => {
        const file = join(dir, 'cut.handover')
        writeFileSync(file, plain.slice(0, cut))
        try {
          const opened = await openedImport(services.archive, dialogs, file)
          await services.archive.previewImport(opened.token)
          await services.archive.applyImport(opened.token)
        } catch (error) {
          expect(error).toBeInstanceOf(ServiceError)
        }
        expect(snapshotFolder(dataDir)).toEqual(before)
      }),
      { numRuns: 100, seed: 55 }
    )
  }, 120_000)
})
