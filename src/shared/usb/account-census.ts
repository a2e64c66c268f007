import type { UnknownOutcome } from './read-outcome'

/** Account types per user of the phone, with how many accounts of each; never the account names. */
export interface UserAccounts {
  /** Android user id: 0 is the main user; MIUI's Second space is usually 10, Dual apps 999. */
  userId: number
  /** Account type (e.g. "com.xiaomi", "com.google") → number of accounts of that type. */
  counts: Record<string, number>
}

/** The result of the account check: every user's census, or "unknown" with a reason. */
export type AccountCensus = { state: 'read'; users: UserAccounts[] } | UnknownOutcome

/** The account families the offboarding steps care about. */
export const ACCOUNT_FAMILIES = ['xiaomi', 'google'] as const

/** An account family the offboarding steps care about. */
export type AccountFamily = (typeof ACCOUNT_FAMILIES)[number]

/** Most users a census keeps; Android phones have a handful (main user, Second space, Dual apps). More is not an answer Handover knows. */
export const MAX_CENSUS_USERS = 64

/**
 * Which family an account type belongs to, if any. A Google account is type "com.google" only: Gmail's mail
 * accounts ("com.google.android.gm.exchange", ".pop3", ".legacyimap") are not checked by Factory Reset Protection.
 */
export function accountFamily(type: string): AccountFamily | null {
  if (type === 'com.xiaomi' || type.startsWith('com.xiaomi.')) return 'xiaomi'
  if (type === 'com.google') return 'google'
  return null
}

/** Accounts of one user by family; every type outside Xiaomi and Google is one count, "other". */
export type FamilyCounts = Record<AccountFamily | 'other', number>

/** One user's accounts as Xiaomi, Google and other counts: what may be written down without naming apps. */
export function familyCounts(user: UserAccounts): FamilyCounts {
  const counts: FamilyCounts = { xiaomi: 0, google: 0, other: 0 }
  for (const [type, count] of Object.entries(user.counts)) counts[accountFamily(type) ?? 'other'] += count
  return counts
}

/** How many accounts of a family remain across all users (only meaningful for a census that was read). */
function familyCount(users: readonly UserAccounts[], family: AccountFamily): number {
  return users.reduce((total, user) => total + familyCounts(user)[family], 0)
}

/** What the census says about a family: none left, some left, or unknown (never "none" for a failed read). */
export function familyVerdict(census: AccountCensus, family: AccountFamily): 'none' | 'present' | 'unknown' {
  if (census.state !== 'read') return 'unknown'
  return familyCount(census.users, family) === 0 ? 'none' : 'present'
}

const USER_HEADER = /^User UserInfo\{(\d+):.*\}:\s*$/
const ACCOUNTS_LINE = /^\s+Accounts: (\d+)\s*$/
// The type is the last field of Account.toString(): "Account {name=…, type=com.google}".
const ACCOUNT_LINE = /^\s+Account \{name=.*, type=([^,{}\s]+)\}\s*$/

/**
 * Parses `dumpsys account`, keeping per user only the account types and their counts.
 * Names are never copied out of the matched lines. Every user section must announce
 * "Accounts: N" followed by exactly N account lines; anything else makes the census "unknown".
 * Authenticator descriptions, visibility lists and the debug dump are skipped; more than MAX_CENSUS_USERS users is "unknown" too.
 */
export function parseDumpsysAccount(output: string): AccountCensus {
  const lines = output.replace(/\r\n?/g, '\n').split('\n')
  const users: UserAccounts[] = []
  let current: { userId: number; expected: number | null; seen: number; counts: Record<string, number> } | null = null
  const finish = (): boolean => {
    if (!current) return true
    if (current.expected === null || current.seen !== current.expected) return false
    users.push({ userId: current.userId, counts: current.counts })
    return true
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const header = USER_HEADER.exec(line)
    if (header) {
      if (!finish()) return { state: 'unknown', reason: 'truncated' }
      current = { userId: Number(header[1]), expected: null, seen: 0, counts: {} }
      continue
    }
    if (!current || current.expected !== null) continue
    const announced = ACCOUNTS_LINE.exec(line)
    if (!announced) continue
    current.expected = Number(announced[1])
    for (let k = 0; k < current.expected; k++) {
      const account = ACCOUNT_LINE.exec(lines[i + 1 + k] ?? '')
      if (!account) break
      const type = account[1]
      current.counts[type] = (current.counts[type] ?? 0) + 1
      current.seen++
    }
    i += current.seen
  }
  if (!finish()) return { state: 'unknown', reason: 'truncated' }
  if (users.length === 0 || users.length > MAX_CENSUS_USERS) return { state: 'unknown', reason: 'unrecognised' }
  const ids = new Set(users.map((u) => u.userId))
  if (ids.size !== users.length) return { state: 'unknown', reason: 'unrecognised' }
  return { state: 'read', users }
}
