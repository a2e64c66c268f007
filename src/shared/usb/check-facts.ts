import { z } from 'zod'
import { ACCOUNT_FAMILIES, MAX_CENSUS_USERS } from './account-census'
import { UNKNOWN_REASONS } from './read-outcome'

/** Longest phone name a check keeps (a record's market name is at most this long). */
export const MAX_CHECKED_PHONE_NAME = 120

const count = z.number().int().nonnegative()
const userId = z.number().int().nonnegative()

/** One user's accounts as counts of Xiaomi, Google and other accounts: what may be kept without naming apps. */
const userFamilyCountsSchema = z.object({ userId, xiaomi: count, google: count, other: count })
/** One user's Xiaomi, Google and other account counts. */
export type UserFamilyCounts = z.infer<typeof userFamilyCountsSchema>

/** Every user a check read, each with its counts. */
const usersSchema = z.array(userFamilyCountsSchema).min(1).max(MAX_CENSUS_USERS)

/**
 * What one USB account check found, as the run's journal keeps it: every user's counts, why the phone could not
 * be read, or that the phone on the cable was not the record's phone.
 */
export const usbFindingSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('read'), users: usersSchema }),
  z.object({ state: z.literal('unknown'), reason: z.enum(UNKNOWN_REASONS) }),
  z.object({ state: z.literal('other-phone') })
])
/** A USB account check's finding, phrased by the renderer in the reader's language. */
export type UsbFinding = z.infer<typeof usbFindingSchema>

/** The phone a check read: its name and the last four characters of its serial ('' when it reported none). */
const checkedPhoneSchema = z.object({ name: z.string().max(MAX_CHECKED_PHONE_NAME), serialTail: z.string().max(4) })
/** The phone a check read, as the run keeps it (never the full serial). */
export type CheckedPhoneFacts = z.infer<typeof checkedPhoneSchema>

/** Why the USB check confirmed a step: the family gone from every user, each user's counts, and the phone read. */
export const usbEvidenceSchema = z.object({ family: z.enum(ACCOUNT_FAMILIES), users: usersSchema, phone: checkedPhoneSchema.nullable() })
/** The facts a USB confirmation keeps, phrased by the renderer in the reader's language. */
export type UsbEvidence = z.infer<typeof usbEvidenceSchema>
