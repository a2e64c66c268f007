import { describe, expect, it } from 'vitest'
import { parseDumpsysAccount } from '@shared/usb/account-census'
import { accountCheck, censusSummary, evidenceSummary, type CheckedPhone } from '@shared/usb/account-check'
import { adbFixture, leaksAccountName } from '@harness/adb/adb-fixtures'

const PHONE: CheckedPhone = { marketName: 'Redmi Note 13 Pro 5G', modelNumber: '23117RA68G', serialTail: 'AB12' }
const AT = '2026-12-01T10:00:00.000Z'
/** Account types in the fixtures that tell which apps the owner uses; none may reach the journal. */
const OTHER_TYPES = ['www.instagram.com', 'app.revanced', 'com.google.android.gm', 'com.whatsapp', 'org.telegram.messenger']

function check(file: 'dumpsys-account' | 'dumpsys-account-after-sign-out') {
  return accountCheck(AT, parseDumpsysAccount(adbFixture('work-profile-phone', file)), PHONE)
}

describe('censusSummary', () => {
  it('gives Xiaomi, Google and other counts per user, and never the other types', () => {
    const text = censusSummary(check('dumpsys-account'))
    expect(text).toBe(
      'USB account check: user 0: Xiaomi ×1, Google ×1, other ×3; user 10: Xiaomi ×0, Google ×1, other ×1; user 900: Xiaomi ×0, Google ×0, other ×1; user 999: no accounts.'
    )
    for (const type of OTHER_TYPES) expect(text).not.toContain(type)
    expect(leaksAccountName(text)).toBe(false)
  })

  it('says a failed read confirms nothing', () => {
    expect(censusSummary(accountCheck(AT, { state: 'unknown', reason: 'truncated' }, PHONE))).toBe(
      'USB account check could not read the phone (truncated); nothing is confirmed.'
    )
  })

  it('cuts a long summary to the limit with an ellipsis', () => {
    const text = censusSummary(check('dumpsys-account'), 40)
    expect(text).toHaveLength(40)
    expect(text.endsWith('…')).toBe(true)
  })
})

describe('evidenceSummary', () => {
  it('confirms the Google step once only Gmail mail accounts are left, with counts and no types', () => {
    const after = check('dumpsys-account-after-sign-out')
    expect(after.google).toBe('none')
    const text = evidenceSummary(after, 'google')
    expect(text).toBe(
      'No Google account on users 0, 10, 900, 999 of Redmi Note 13 Pro 5G (serial …AB12), read over USB (accounts: Xiaomi 0, Google 0, other 5).'
    )
    for (const type of OTHER_TYPES) expect(text).not.toContain(type)
  })

  it('gives no evidence while a Google account is still on a user', () => {
    expect(evidenceSummary(check('dumpsys-account'), 'google')).toBeNull()
    expect(evidenceSummary(accountCheck(AT, { state: 'unknown', reason: 'timeout' }, PHONE), 'xiaomi')).toBeNull()
  })
})
