import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataFolders, householdServiceFor } from './data-folders'
import { storedDeviceSchema, unsealDevice } from '../src/main/services/household-service'
import { createPlaintextVault } from '../src/main/services/testing/plaintext-vault'
import { summarise } from '../src/shared/device-model'
import { readFloor } from './read-floor'
const folders = dataFolders()
const dir = await folders.withPhones(10_000)
const vault = createPlaintextVault()
const t = async (name: string, f: () => unknown) => { const ts: number[] = []; for (let i = 0; i < 5; i++) { const t0 = performance.now(); await f(); ts.push(performance.now() - t0) } ts.sort((a, b) => a - b); console.log(name.padEnd(40), ts[2]!.toFixed(0), 'ms') }
const devicesDir = join(dir, 'devices')
await t('floor', () => readFloor(dir))
await t('floor + zod stored parse', () => { for (const n of readdirSync(devicesDir)) storedDeviceSchema.parse(JSON.parse(readFileSync(join(devicesDir, n), 'utf8'))) })
await t('floor + zod + unseal', async () => { for (const n of readdirSync(devicesDir)) await unsealDevice(vault, storedDeviceSchema.parse(JSON.parse(readFileSync(join(devicesDir, n), 'utf8')))) })
await t('service load', () => householdServiceFor(dir).load())
const s = householdServiceFor(dir); await s.load()
await t('current() (sort + summarise)', () => s.current())
folders.removeAll()
