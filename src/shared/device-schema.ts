import { z } from 'zod'
import { imeiProblem, luhnCheckDigit, type ImeiProblem } from './imei'
import { errorKey } from './i18n/zod-error-map'
import {
  BRANDS,
  DEVICE_SCHEMA_VERSION,
  DEVICE_STATUSES,
  NICKNAME_MAX,
  OS_FAMILIES,
  ROM_REGIONS,
  type Device,
  type DeviceInput,
  type Member
} from './device-model'

const text = (max: number) => z.string().trim().max(max, errorKey('validation.tooLong'))
const id = z.string().uuid()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, errorKey('validation.date'))

/** The issue for each IMEI problem: its message key and the numbers it names. */
const IMEI_ISSUES: Record<Exclude<ImeiProblem, null>, (value: string) => { message: string; params?: Record<string, string | number> }> = {
  digits: () => ({ message: errorKey('validation.imeiDigits') }),
  length: (value) => ({ message: errorKey('validation.imeiLength'), params: { count: value.length } }),
  'check-digit': (value) => ({ message: errorKey('validation.imeiCheckDigit'), params: { expected: luhnCheckDigit(value.slice(0, 14)) } })
}

/** An IMEI field: empty, or 15 digits with a valid Luhn check digit. */
export const imeiSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return
    const problem = imeiProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', ...IMEI_ISSUES[problem](value) })
  })

/** A household member, checked. */
export const memberSchema = z.object({
  id,
  name: text(80).min(1, errorKey('validation.memberNameMissing'))
}) satisfies z.ZodType<Member>

/** The phone form's fields, checked. */
export const deviceInputSchema = z.object({
  nickname: text(NICKNAME_MAX).min(1, errorKey('validation.nicknameMissing')),
  brand: z.union([z.enum(BRANDS), z.literal('')]),
  marketName: text(120),
  modelNumber: text(40),
  osFamily: z.union([z.enum(OS_FAMILIES), z.literal('')]),
  osVersion: text(40),
  romRegion: z.enum(ROM_REGIONS),
  serial: text(64).regex(/^[A-Za-z0-9-]*$/, errorKey('validation.serialCharacters')),
  imei1: imeiSchema,
  imei2: imeiSchema,
  colourStorage: text(80),
  ownerId: id.nullable(),
  purchaseDate: isoDate.or(z.literal('')),
  accountHint: text(120),
  notes: text(4000)
}) satisfies z.ZodType<DeviceInput>

/** A phone record, checked. */
export const deviceSchema = deviceInputSchema.extend({
  id,
  status: z.enum(DEVICE_STATUSES),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  schemaVersion: z.literal(DEVICE_SCHEMA_VERSION)
}) satisfies z.ZodType<Device>
