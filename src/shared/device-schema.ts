import { z } from 'zod'
import { imeiProblem, imeiProblemMessage } from './imei'
import { BRANDS, DEVICE_SCHEMA_VERSION, DEVICE_STATUSES, NICKNAME_MAX, OS_FAMILIES, ROM_REGIONS, type Device, type DeviceInput, type Member } from './device-model'

const text = (max: number) => z.string().trim().max(max, `Keep it to ${max} characters or fewer.`)
const id = z.string().uuid()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2024-05-31.')

/** An IMEI field: empty, or 15 digits with a valid Luhn check digit. */
export const imeiSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return
    const problem = imeiProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: imeiProblemMessage(problem, value) })
  })

/** A household member, checked. */
export const memberSchema = z.object({
  id,
  name: text(80).min(1, 'A member needs a name.')
}) satisfies z.ZodType<Member>

/** The phone form's fields, checked. */
export const deviceInputSchema = z.object({
  nickname: text(NICKNAME_MAX).min(1, 'Give the phone a nickname, such as "Mum\'s old phone".'),
  brand: z.union([z.enum(BRANDS), z.literal('')]),
  marketName: text(120),
  modelNumber: text(40),
  osFamily: z.union([z.enum(OS_FAMILIES), z.literal('')]),
  osVersion: text(40),
  romRegion: z.enum(ROM_REGIONS),
  serial: text(64).regex(/^[A-Za-z0-9-]*$/, 'A serial number has letters and digits only.'),
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
