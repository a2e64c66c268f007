import { describe, expect, it } from 'vitest'
import {
  accountFamily,
  familyCounts,
  familyVerdict,
  MAX_CENSUS_USERS,
  parseDumpsysAccount,
  type AccountCensus
} from '@shared/usb/account-census'
import { adbFixture, leaksAccountName } from '@harness/adb/adb-fixtures'

function users(census: AccountCensus) {
  if (census.state !== 'read') throw new Error(`expected a read census, got ${census.reason}`)
  return census.users
}

describe('parseDumpsysAccount', () => {
  it('counts types on a HyperOS 2 tablet, before and after signing out of the Xiaomi account', () => {
    const before = parseDumpsysAccount(adbFixture('hyperos2-tablet', 'dumpsys-account'))
    expect(users(before)).toEqual([{ userId: 0, counts: { 'com.google': 2, 'com.xiaomi': 1 } }])
    expect(familyVerdict(before, 'xiaomi')).toBe('present')
    const after = parseDumpsysAccount(adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out'))
    expect(users(after)).toEqual([{ userId: 0, counts: { 'com.google': 2 } }])
    expect(familyVerdict(after, 'xiaomi')).toBe('none')
    expect(familyVerdict(after, 'google')).toBe('present')
  })

  it('keeps third-party account types on a MIUI 14 POCO and a MIUI 13 Xiaomi', () => {
    expect(users(parseDumpsysAccount(adbFixture('miui14-poco', 'dumpsys-account')))).toEqual([
      { userId: 0, counts: { 'com.google': 1, 'com.xiaomi': 1, 'org.telegram.messenger': 1, 'com.whatsapp': 1 } }
    ])
    expect(users(parseDumpsysAccount(adbFixture('miui13-xiaomi', 'dumpsys-account')))).toEqual([
      { userId: 0, counts: { 'com.google': 1, 'com.xiaomi': 1 } }
    ])
  })

  it('reads every user: main user, Second space (user 10) and Dual apps (user 999)', () => {
    const census = parseDumpsysAccount(adbFixture('second-space-phone', 'dumpsys-account'))
    expect(users(census)).toEqual([
      { userId: 0, counts: { 'com.google': 1, 'com.xiaomi': 1 } },
      { userId: 10, counts: { 'com.google': 1 } },
      { userId: 999, counts: { 'com.whatsapp': 1 } }
    ])
  })

  it('finds a Google account left only in Second space', () => {
    const text = adbFixture('second-space-phone', 'dumpsys-account').replace(
      '  Accounts: 2\n    Account {name=handover.test.owner@example.com, type=com.google}\n    Account {name=1876543210, type=com.xiaomi}\n',
      '  Accounts: 0\n'
    )
    const census = parseDumpsysAccount(text)
    expect(users(census)[0]).toEqual({ userId: 0, counts: {} })
    expect(familyVerdict(census, 'xiaomi')).toBe('none')
    expect(familyVerdict(census, 'google')).toBe('present')
  })

  it('reads a phone with no accounts as clean for both families', () => {
    const census = parseDumpsysAccount(adbFixture('no-accounts-phone', 'dumpsys-account'))
    expect(users(census)).toEqual([{ userId: 0, counts: {} }])
    expect(familyVerdict(census, 'xiaomi')).toBe('none')
    expect(familyVerdict(census, 'google')).toBe('none')
  })

  it('does not count authenticator descriptions as accounts', () => {
    // Every fixture lists com.xiaomi.unactivated and com.google.work authenticators, but no such account.
    for (const u of users(parseDumpsysAccount(adbFixture('miui14-poco', 'dumpsys-account')))) {
      expect(u.counts).not.toHaveProperty('com.google.work')
      expect(u.counts).not.toHaveProperty('com.xiaomi.unactivated')
    }
  })

  it('answers unknown, never clean, for garbage, truncated and empty output', () => {
    expect(parseDumpsysAccount(adbFixture('garbage', 'dumpsys-account'))).toEqual({ state: 'unknown', reason: 'unrecognised' })
    expect(parseDumpsysAccount(adbFixture('truncated', 'dumpsys-account'))).toEqual({ state: 'unknown', reason: 'truncated' })
    expect(parseDumpsysAccount('')).toEqual({ state: 'unknown', reason: 'unrecognised' })
    expect(parseDumpsysAccount('User UserInfo{0:Owner:c13}:\n')).toEqual({ state: 'unknown', reason: 'truncated' })
    for (const text of [adbFixture('garbage', 'dumpsys-account'), adbFixture('truncated', 'dumpsys-account'), '']) {
      expect(familyVerdict(parseDumpsysAccount(text), 'xiaomi')).toBe('unknown')
    }
  })

  it('answers unknown when every prefix of a real dump cuts an account list short', () => {
    const full = adbFixture('second-space-phone', 'dumpsys-account')
    const cut = full.indexOf('type=com.xiaomi}')
    for (let end = full.indexOf('Accounts: 2'); end < cut; end += 7) {
      expect(parseDumpsysAccount(full.slice(0, end)).state).toBe('unknown')
    }
  })

  it('accepts CR/LF line ends', () => {
    const census = parseDumpsysAccount(adbFixture('miui13-xiaomi', 'dumpsys-account').replace(/\n/g, '\r\n'))
    expect(users(census)).toEqual([{ userId: 0, counts: { 'com.google': 1, 'com.xiaomi': 1 } }])
  })

  it('takes the type from the end even when a name contains ", type="', () => {
    const text = 'User UserInfo{0:Owner:c13}:\n  Accounts: 1\n    Account {name=evil, type=com.other}, type=com.xiaomi}\n'
    expect(users(parseDumpsysAccount(text))).toEqual([{ userId: 0, counts: { 'com.xiaomi': 1 } }])
  })

  it('rejects a dump that repeats a user', () => {
    const block = 'User UserInfo{0:Owner:c13}:\n  Accounts: 0\n'
    expect(parseDumpsysAccount(block + block)).toEqual({ state: 'unknown', reason: 'unrecognised' })
  })

  it('reads as many users as a census keeps, and calls more an answer it does not know', () => {
    const dump = (count: number) =>
      Array.from({ length: count }, (_, id) => `User UserInfo{${id}:User ${id}:c13}:\n  Accounts: 0\n`).join('')
    expect(users(parseDumpsysAccount(dump(MAX_CENSUS_USERS)))).toHaveLength(MAX_CENSUS_USERS)
    expect(parseDumpsysAccount(dump(MAX_CENSUS_USERS + 1))).toEqual({ state: 'unknown', reason: 'unrecognised' })
  })

  it('lets no account or user name survive parsing', () => {
    const phones = ['hyperos2-tablet', 'miui14-poco', 'miui13-xiaomi', 'second-space-phone', 'no-accounts-phone', 'truncated'] as const
    for (const phone of phones) {
      const census = parseDumpsysAccount(adbFixture(phone, 'dumpsys-account'))
      expect(leaksAccountName(JSON.stringify(census)), phone).toBe(false)
    }
  })
})

describe('accountFamily', () => {
  it('groups Xiaomi types, and takes only com.google as a Google account', () => {
    expect(accountFamily('com.xiaomi')).toBe('xiaomi')
    expect(accountFamily('com.xiaomi.unactivated')).toBe('xiaomi')
    expect(accountFamily('com.google')).toBe('google')
    for (const mail of [
      'com.google.android.gm.exchange',
      'com.google.android.gm.pop3',
      'com.google.android.gm.legacyimap',
      'com.google.work'
    ]) {
      expect(accountFamily(mail), mail).toBeNull()
    }
    expect(accountFamily('com.googlex')).toBeNull()
    expect(accountFamily('com.whatsapp')).toBeNull()
  })
})

describe('familyCounts', () => {
  it('puts every type outside Xiaomi and Google into one "other" count', () => {
    expect(
      familyCounts({ userId: 0, counts: { 'com.google': 2, 'com.xiaomi': 1, 'www.instagram.com': 1, 'com.google.android.gm.pop3': 1 } })
    ).toEqual({ xiaomi: 1, google: 2, other: 2 })
    expect(familyCounts({ userId: 10, counts: {} })).toEqual({ xiaomi: 0, google: 0, other: 0 })
  })
})

describe('a phone with a work profile, a second user and Dual apps', () => {
  it('reads users 0, 10, 900 and 999, each from its own section', () => {
    expect(users(parseDumpsysAccount(adbFixture('work-profile-phone', 'dumpsys-account')))).toEqual([
      {
        userId: 0,
        counts: {
          'com.google': 1,
          'com.google.android.gm.exchange': 1,
          'com.google.android.gm.legacyimap': 1,
          'com.xiaomi': 1,
          'www.instagram.com': 1
        }
      },
      { userId: 10, counts: { 'com.google': 1, 'com.google.android.gm.pop3': 1 } },
      { userId: 900, counts: { 'app.revanced': 1 } },
      { userId: 999, counts: {} }
    ])
  })

  it('finds the Google account of the work profile, and calls the phone clean once only Gmail mail accounts are left', () => {
    const before = parseDumpsysAccount(adbFixture('work-profile-phone', 'dumpsys-account'))
    expect(familyVerdict(before, 'google')).toBe('present')
    const onlyWorkProfile = parseDumpsysAccount(
      adbFixture('work-profile-phone', 'dumpsys-account').replace(
        '  Accounts: 5\n    Account {name=handover.test.owner@example.com, type=com.google}\n',
        '  Accounts: 4\n'
      )
    )
    expect(familyVerdict(onlyWorkProfile, 'google')).toBe('present')
    const after = parseDumpsysAccount(adbFixture('work-profile-phone', 'dumpsys-account-after-sign-out'))
    expect(familyVerdict(after, 'google')).toBe('none')
    expect(familyVerdict(after, 'xiaomi')).toBe('none')
    expect(users(after).map((u) => familyCounts(u).other)).toEqual([3, 1, 1, 0])
  })

  it('reads as many users as a census keeps, and calls more an answer it does not know', () => {
    const dump = (count: number) =>
      Array.from({ length: count }, (_, id) => `User UserInfo{${id}:User ${id}:c13}:\n  Accounts: 0\n`).join('')
    expect(users(parseDumpsysAccount(dump(MAX_CENSUS_USERS)))).toHaveLength(MAX_CENSUS_USERS)
    expect(parseDumpsysAccount(dump(MAX_CENSUS_USERS + 1))).toEqual({ state: 'unknown', reason: 'unrecognised' })
  })

  it('lets no account or user name survive parsing', () => {
    for (const file of ['dumpsys-account', 'dumpsys-account-after-sign-out'] as const) {
      expect(leaksAccountName(JSON.stringify(parseDumpsysAccount(adbFixture('work-profile-phone', file))))).toBe(false)
    }
  })
})
