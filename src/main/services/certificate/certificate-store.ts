import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { issuedCertificateSchema, type IssuedCertificate } from '../../../shared/certificate/issued'
import { signedCertificateSchema, type SignedCertificate } from '../../../shared/certificate/signed'
import { ServiceError } from '../../../shared/result'
import type { Storage, Vault } from '../ports'

/** The folder of issued certificates under the data folder. */
export const CERTIFICATES_DIR = 'certificates'

const storedSchema = issuedCertificateSchema.extend({
  schemaVersion: z.literal(1),
  /** The signed certificate as JSON, encrypted through the Vault (it holds IMEI and serial numbers). */
  sealed: z.string().min(1)
})
type StoredCertificate = z.infer<typeof storedSchema>

/** Issued certificates, one JSON document each under `<dataDir>/certificates/<deviceId>/<id>.json`. */
export interface CertificateStore {
  /** Saves an issued certificate. */
  save(summary: IssuedCertificate, signed: SignedCertificate): Promise<void>
  /** The certificates issued for a phone, newest first; documents that cannot be read are left alone and not listed. */
  listForDevice(deviceId: string): IssuedCertificate[]
  /** One certificate with its signed document; `not-found` when there is none. `deviceId`, when known, spares the search. */
  load(id: string, deviceId?: string): Promise<{ summary: IssuedCertificate; signed: SignedCertificate }>
}

/** Opens the certificate store of a data folder. */
export function certificateStore(storage: Storage, vault: Vault, dataDir: string): CertificateStore {
  const root = path.join(dataDir, CERTIFICATES_DIR)
  const deviceDir = (deviceId: string) => path.join(root, deviceId)
  const deviceIds = () => (fs.existsSync(root) ? fs.readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [])
  const readStored = (dir: string, id: string): StoredCertificate | null => {
    try {
      const parsed = storedSchema.safeParse(storage.open<StoredCertificate>(dir, id).read())
      return parsed.success && parsed.data.id === id ? parsed.data : null
    } catch {
      return null
    }
  }
  const decryptSigned = async (sealed: string): Promise<SignedCertificate | null> => {
    try {
      const parsed = signedCertificateSchema.safeParse(JSON.parse(await vault.decrypt(sealed)))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }
  const summaryOf = ({ schemaVersion: _version, sealed: _sealed, ...summary }: StoredCertificate): IssuedCertificate => summary
  return {
    async save(summary, signed) {
      const dir = deviceDir(summary.deviceId)
      fs.mkdirSync(dir, { recursive: true })
      const stored: StoredCertificate = { schemaVersion: 1, ...summary, sealed: await vault.encrypt(JSON.stringify(signed)) }
      storage.open<StoredCertificate>(dir, summary.id).write(stored)
    },
    listForDevice(deviceId) {
      const dir = deviceDir(deviceId)
      if (!fs.existsSync(dir)) return []
      return fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => readStored(dir, name.slice(0, -'.json'.length)))
        .filter((stored): stored is StoredCertificate => stored !== null && stored.deviceId === deviceId)
        .map(summaryOf)
        .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
    },
    async load(id, deviceId) {
      const dir = (deviceId !== undefined ? [deviceId] : deviceIds()).map(deviceDir).find((candidate) => fs.existsSync(path.join(candidate, `${id}.json`)))
      const stored = dir ? readStored(dir, id) : null
      const signed = stored ? await decryptSigned(stored.sealed) : null
      if (stored && signed) return { summary: summaryOf(stored), signed }
      throw new ServiceError('not-found', 'This certificate is not among the certificates issued on this computer, or its file cannot be read.')
    }
  }
}
