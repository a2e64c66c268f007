import { describe, expect, it } from 'vitest'
import { parseDumpsysAccount } from '@shared/usb/account-census'
import { accountCheck, usbEvidence, usbFinding, type CheckedPhone } from '@shared/usb/account-check'
import { usbEvidenceSchema, usbFindingSchema } from '@shared/usb/check-facts'
import { adbFixture, leaksAccountName } from '@harness/adb/adb-fixtures'

const PHONE: CheckedPhone = { marketName: 'Redmi Note 13 Pro 5G', modelNumber: '23117RA68G', serialTail: 'AB12' }
const AT = '2026-12-01T10:00:00.000Z'
/** Account types in the fixtures that tell which apps the owner uses; none may reach the journal. */
const OTHER_TYPES = ['www.instagram.com', 'app.revanced', 'com.google.android.gm', 'com.whatsapp', 'org.telegram.messenger']

function check(file: 'dumpsys-account' | 'dumpsys-account-after-sign-out', phone: CheckedPhone | null = PHONE) {
  return accountCheck(AT, parseDumpsysAccount(adbFixture('work-profile-phone', file)), phone)
}

describe('usbFinding', () => {
  it('keeps Xiaomi, Google and other counts per user, and never the other types', () => {
    const finding = usbFinding(check('dumpsys-account'))
    expect(finding).toEqual({
      state: 'read',
      users: [
        { userId: 0, xiaomi: 1, google: 1, other: 3 },
        { userId: 10, xiaomi: 0, google: 1, other: 1 },
        { userId: 900, xiaomi: 0, google: 0, other: 1 },
        { userId: 999, xiaomi: 0, google: 0, other: 0 }
      ]
    })
    const stored = JSON.stringify(usbFindingSchema.parse(finding))
    for (const type of OTHER_TYPES) expect(stored).not.toContain(type)
    expect(leaksAccountName(stored)).toBe(false)
  })

  it('keeps why a failed read confirms nothing', () => {
    expect(usbFinding(accountCheck(AT, { state: 'unknown', reason: 'truncated' }, PHONE))).toEqual({
      state: 'unknown',
      reason: 'truncated'
    })
  })
})

describe('usbEvidence', () => {
  it('confirms the Google step once only Gmail mail accounts are left, with counts, the name and the serial tail only', () => {
    const after = check('dumpsys-account-after-sign-out')
    expect(after.google).toBe('none')
    const evidence = usbEvidence(after, 'google')
    expect(evidence).toEqual({
      family: 'google',
      users: [
        { userId: 0, xiaomi: 0, google: 0, other: 3 },
        { userId: 10, xiaomi: 0, google: 0, other: 1 },
        { userId: 900, xiaomi: 0, google: 0, other: 1 },
        { userId: 999, xiaomi: 0, google: 0, other: 0 }
      ],
      phone: { name: 'Redmi Note 13 Pro 5G', serialTail: 'AB12' }
    })
    const stored = JSON.stringify(usbEvidenceSchema.parse(evidence))
    for (const type of OTHER_TYPES) expect(stored).not.toContain(type)
  })

  it('names the phone by its model number when it has no market name, and keeps no phone when none answered', () => {
    const unnamed = check('dumpsys-account-after-sign-out', { marketName: '', modelNumber: '23117RA68G', serialTail: '' })
    expect(usbEvidence(unnamed, 'xiaomi')?.phone).toEqual({ name: '23117RA68G', serialTail: '' })
    expect(usbEvidence(check('dumpsys-account-after-sign-out', null), 'xiaomi')?.phone).toBeNull()
  })

  it('gives no evidence while a Google account is still on a user, nor for a failed read', () => {
    expect(usbEvidence(check('dumpsys-account'), 'google')).toBeNull()
    expect(usbEvidence(accountCheck(AT, { state: 'unknown', reason: 'timeout' }, PHONE), 'xiaomi')).toBeNull()
  })
})
