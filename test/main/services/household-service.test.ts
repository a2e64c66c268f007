import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHouseholdService } from '@main/services/household-service'
import type { Vault } from '@main/services/ports'
import { createConfStorage } from '@harness/ports/conf-storage'
import { createPlaintextVault } from '@harness/ports/plaintext-vault'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { rotatingVault } from '../../support/rotating-vault'
import { snapshotFolder, tempDir } from '../../support/temp-dir'

/** A vault that visibly transforms values, so a test can tell sealed from clear text. */
const reversingVault: Vault = {
  status: () => ({ encrypted: true, backend: 'reversing (test)' }),
  encrypt: async (plain) => 'rev:' + [...plain].reverse().join(''),
  decrypt: async (stored) => [...stored.slice(4)].reverse().join('')
}

function service(dataDir: string, vault: Vault = createPlaintextVault()) {
  let tick = Date.parse('2026-01-01T10:00:00Z')
  return createHouseholdService({ dataDir, storage: createConfStorage(), vault, clock: { now: () => new Date((tick += 1000)) } })
}

describe('household service', () => {
  it('keeps phones and members across a restart, with sensitive fields sealed on disk', async () => {
    const dir = tempDir()
    const first = service(dir, reversingVault)
    await first.load()
    const member = first.addMember('Alex Example')
    const saved = await first.create(madeUpPhone({ ownerId: member.id }))
    const file = readFileSync(join(dir, 'devices', `${saved.id}.json`), 'utf8')
    expect(file).not.toContain(madeUpPhone().imei1)
    expect(file).not.toContain('TESTSERIAL0001')
    expect(saved).not.toHaveProperty('imei1')
    expect(saved.imei1Tail).toBe(madeUpPhone().imei1.slice(-4))

    const second = service(dir, reversingVault)
    const household = await second.load()
    expect(household.members).toEqual([member])
    expect(household.devices.map((d) => d.id)).toEqual([saved.id])
    expect(second.reveal(saved.id)).toEqual({
      serial: 'TESTSERIAL0001',
      imei1: madeUpPhone().imei1,
      imei2: madeUpPhone().imei2,
      accountHint: '+00 *** 0000'
    })
  })

  it('an edit rewrites only that phone’s file', async () => {
    const dir = tempDir()
    const household = service(dir)
    await household.load()
    const a = await household.create(madeUpPhone({ nickname: 'A' }))
    const b = await household.create(madeUpPhone({ nickname: 'B', imei1: madeUpImei('35000099990000') }))
    const before = snapshotFolder(dir)
    await household.update(a.id, madeUpPhone({ nickname: 'A renamed' }))
    const after = snapshotFolder(dir)
    const changed = Object.keys(after).filter((path) => after[path] !== before[path])
    expect(changed).toEqual([join('devices', `${a.id}.json`)])
    expect(after[join('devices', `${b.id}.json`)]).toBe(before[join('devices', `${b.id}.json`)])
  })

  it('refuses an owner who is not a member, and saves nothing', async () => {
    const dir = tempDir()
    const household = service(dir)
    await household.load()
    await expect(household.create(madeUpPhone({ ownerId: '00000000-0000-4000-8000-000000000000' }))).rejects.toMatchObject({
      code: 'invalid-input'
    })
    expect(snapshotFolder(dir)).toEqual({})
  })

  it('sets a damaged or invalid file aside, untouched, and loads the rest', async () => {
    const dir = tempDir()
    const household = service(dir)
    await household.load()
    const good = await household.create(madeUpPhone({ nickname: 'Good' }))
    const bad = await household.create(madeUpPhone({ nickname: 'Bad' }))
    const invalid = await household.create(madeUpPhone({ nickname: 'Invalid' }))
    const badPath = join(dir, 'devices', `${bad.id}.json`)
    const truncated = readFileSync(badPath).subarray(0, 40)
    writeFileSync(badPath, truncated)
    const invalidPath = join(dir, 'devices', `${invalid.id}.json`)
    const wrongShape = JSON.stringify({ ...JSON.parse(readFileSync(invalidPath, 'utf8')), status: 'stolen' })
    writeFileSync(invalidPath, wrongShape)

    const reloaded = await service(dir).load()
    expect(reloaded.devices.map((d) => d.nickname)).toEqual(['Good'])
    expect(reloaded.quarantinedNow.map((q) => q.originalPath).sort()).toEqual(
      [join('devices', `${bad.id}.json`), join('devices', `${invalid.id}.json`)].sort()
    )
    const quarantine = readdirSync(join(dir, 'quarantine'))
    const badCopy = quarantine.find((name) => name.endsWith(`${bad.id}.json`))!
    expect(readFileSync(join(dir, 'quarantine', badCopy))).toEqual(truncated)
    expect(
      readFileSync(
        join(
          dir,
          'quarantine',
          quarantine.find((n) => n.endsWith(`${invalid.id}.json`))!
        ),
        'utf8'
      )
    ).toBe(wrongShape)
    expect(reloaded.quarantinedNow.find((q) => q.originalPath.includes(bad.id))?.problem).toEqual({ code: 'not-json' })
    expect(good.id).toBeTruthy()
  })

  it('sets aside a phone whose identifiers decrypt to values the form would refuse, and loads the rest', async () => {
    const dir = tempDir()
    const household = service(dir, reversingVault)
    await household.load()
    const good = await household.create(madeUpPhone({ nickname: 'Good', imei1: madeUpImei('35000000000001') }))
    const tampered = await household.create(madeUpPhone({ nickname: 'Tampered', imei1: madeUpImei('35000000000002') }))
    const path = join(dir, 'devices', `${tampered.id}.json`)
    const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>
    writeFileSync(path, JSON.stringify({ ...record, imei1: 'rev:' + [...'12345'].reverse().join('') }))

    const reloaded = service(dir, reversingVault)
    const loaded = await reloaded.load()
    expect(loaded.devices.map((d) => d.nickname)).toEqual(['Good'])
    expect(loaded.quarantinedNow.map((q) => q.originalPath)).toEqual([join('devices', `${tampered.id}.json`)])
    expect(reloaded.reveal(good.id).imei1).toBe(madeUpImei('35000000000001'))
  })

  it('undo of a delete restores the phone byte for byte; a restart makes the delete final', async () => {
    const dir = tempDir()
    const household = service(dir)
    await household.load()
    const phone = await household.create(madeUpPhone())
    const before = snapshotFolder(dir)
    const { undoToken } = await household.remove(phone.id)
    expect(household.current().devices).toEqual([])
    const restored = await household.undoRemove(undoToken)
    expect(restored).toEqual(phone)
    expect(snapshotFolder(dir)).toEqual(before)

    const again = await household.remove(phone.id)
    const afterRestart = service(dir)
    await afterRestart.load()
    await expect(afterRestart.undoRemove(again.undoToken)).rejects.toMatchObject({ code: 'not-found' })
    expect(afterRestart.current().devices).toEqual([])
  })

  it('clears temp files left by an interrupted write and keeps the real record', async () => {
    const dir = tempDir()
    const household = service(dir)
    await household.load()
    const phone = await household.create(madeUpPhone())
    const leftover = join(dir, 'devices', `${phone.id}.json.tmp-1763900000abcdef`)
    writeFileSync(leftover, '{"half":')
    const reloaded = await service(dir).load()
    expect(reloaded.devices.map((d) => d.id)).toEqual([phone.id])
    expect(readdirSync(join(dir, 'devices'))).toEqual([`${phone.id}.json`])
    expect(reloaded.quarantinedNow).toEqual([])
  })

  it('adding a member with an existing name returns that member', async () => {
    const household = service(tempDir())
    await household.load()
    const alex = household.addMember('Alex Example')
    expect(household.addMember('  alex example ')).toEqual(alex)
    expect(household.current().members).toHaveLength(1)
  })
})

describe('re-encryption', () => {
  it('rewrites a phone whose values the vault asks to encrypt again, with the same fields', async () => {
    const dir = tempDir()
    const vault = rotatingVault()
    const first = service(dir, vault)
    await first.load()
    const saved = await first.create(madeUpPhone())
    const file = join(dir, 'devices', `${saved.id}.json`)
    expect(readFileSync(file, 'utf8')).toContain('"k1:')

    vault.rotate()
    const second = service(dir, vault)
    await second.load()
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain('"k1:')
    expect(text).toContain('"k2:')
    expect(second.reveal(saved.id)).toEqual(first.reveal(saved.id))
  })
})
