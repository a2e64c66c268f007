import { z } from 'zod'

/** File types accepted as proof of purchase. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'heic'] as const
/** Largest file copied into the data folder. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

/** A file (such as a receipt) copied into the data folder and kept with a phone's record. */
export const attachmentSchema = z.object({
  id: z.string().uuid(),
  /** The original file name, shown to the owner. */
  name: z.string().min(1).max(255),
  /** The stored copy's file name under `attachments/<deviceId>/`. */
  file: z.string().regex(/^[0-9a-f-]{36}\.[a-z0-9]{1,5}$/),
  size: z.number().int().nonnegative(),
  addedAt: z.string().datetime()
})
/** One attached file. */
export type Attachment = z.infer<typeof attachmentSchema>

/** The stored list of a phone's attachments, `<dataDir>/attachments/<deviceId>.json`. */
export const attachmentListSchema = z.object({
  schemaVersion: z.literal(1),
  files: z.array(attachmentSchema)
})
/** A phone's attachment list as stored. */
export type AttachmentList = z.infer<typeof attachmentListSchema>
