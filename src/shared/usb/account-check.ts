import { familyCounts, familyVerdict, type AccountCensus, type AccountFamily, type UserAccounts } from './account-census'
import { MAX_CHECKED_PHONE_NAME, type CheckedPhoneFacts, type UsbEvidence, type UsbFinding, type UserFamilyCounts } from './check-facts'

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

/** Every user's Xiaomi, Google and other account counts (other account types are never named). */
function userCounts(users: readonly UserAccounts[]): UserFamilyCounts[] {
  return users.map((user) => ({ userId: user.userId, ...familyCounts(user) }))
}

/** The phone a check read, as the run keeps it: its name (market name, else model number) and serial tail. */
function phoneFacts(phone: CheckedPhone | null): CheckedPhoneFacts | null {
  return phone ? { name: (phone.marketName || phone.modelNumber).slice(0, MAX_CHECKED_PHONE_NAME), serialTail: phone.serialTail } : null
}

/** The evidence for a step the check confirms (the step keeps the time); null unless the family is "none". */
export function usbEvidence(check: AccountCheck, family: AccountFamily): UsbEvidence | null {
  if (check.census.state !== 'read' || check[family] !== 'none') return null
  return { family, users: userCounts(check.census.users), phone: phoneFacts(check.phone) }
}

/** What the journal keeps of a check: every user's counts, or why the phone could not be read. */
export function usbFinding(check: AccountCheck): UsbFinding {
  const census = check.census
  return census.state === 'read' ? { state: 'read', users: userCounts(census.users) } : { state: 'unknown', reason: census.reason }
}
