import { familyCounts, familyVerdict, type AccountCensus, type AccountFamily, type UserAccounts } from './account-census'

/** Which phone a check read, in words safe to keep in the journal (no full serial). */
export interface CheckedPhone {
  marketName: string
  modelNumber: string
  /** Last four characters of the serial the phone reported, '' when it gave none. */
  serialTail: string
}

/** One account check over USB, as the run's journal keeps it. */
export interface AccountCheck {
  /** ISO time the read finished. */
  at: string
  census: AccountCensus
  xiaomi: 'none' | 'present' | 'unknown'
  google: 'none' | 'present' | 'unknown'
  /** The phone that answered, or null when even its properties could not be read. */
  phone: CheckedPhone | null
}

/** Builds the check record from a census. */
export function accountCheck(at: string, census: AccountCensus, phone: CheckedPhone | null): AccountCheck {
  return { at, census, xiaomi: familyVerdict(census, 'xiaomi'), google: familyVerdict(census, 'google'), phone }
}

const FAMILY_WORDS: Record<AccountFamily, string> = { xiaomi: 'Xiaomi account', google: 'Google account' }

/** Xiaomi, Google and other accounts summed over every user, e.g. "Xiaomi 0, Google 0, other 2". */
function totals(users: readonly UserAccounts[]): string {
  const sum = { xiaomi: 0, google: 0, other: 0 }
  for (const user of users) {
    const counts = familyCounts(user)
    sum.xiaomi += counts.xiaomi
    sum.google += counts.google
    sum.other += counts.other
  }
  return `Xiaomi ${sum.xiaomi}, Google ${sum.google}, other ${sum.other}`
}

/**
 * The evidence for a step the check confirms, e.g. "No Xiaomi account on users 0, 10 of Redmi Note 13 Pro 5G
 * (serial …AB12), read over USB (accounts: Xiaomi 0, Google 1, other 2)." (the step keeps the time). Null unless
 * the family is "none". Other account types are never named.
 */
export function evidenceSummary(check: AccountCheck, family: AccountFamily): string | null {
  if (check.census.state !== 'read' || check[family] !== 'none') return null
  const users = check.census.users.map((u) => u.userId).join(', ')
  const name = check.phone ? check.phone.marketName || check.phone.modelNumber : ''
  const phone = check.phone ? ` of ${name}${check.phone.serialTail ? ` (serial …${check.phone.serialTail})` : ''}` : ''
  return `No ${FAMILY_WORDS[family]} on user${check.census.users.length === 1 ? '' : 's'} ${users}${phone}, read over USB (accounts: ${totals(check.census.users)}).`
}

/**
 * The journal line for a check: Xiaomi, Google and other accounts per user, e.g. "USB account check: user 0:
 * Xiaomi ×1, Google ×2, other ×3; user 10: no accounts", or why it could not read. Other account types are never
 * named: they tell which apps the owner uses. At most `max` characters.
 */
export function censusSummary(check: AccountCheck, max = 500): string {
  const census = check.census
  const text =
    census.state === 'read'
      ? `USB account check: ${census.users
          .map((u) => {
            const counts = familyCounts(u)
            const parts = [`Xiaomi ×${counts.xiaomi}`, `Google ×${counts.google}`, `other ×${counts.other}`]
            return `user ${u.userId}: ${counts.xiaomi + counts.google + counts.other === 0 ? 'no accounts' : parts.join(', ')}`
          })
          .join('; ')}.`
      : `USB account check could not read the phone (${census.reason}); nothing is confirmed.`
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
