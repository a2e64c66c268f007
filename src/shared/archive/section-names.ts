/** The kinds of record an archive holds, in the order they are imported (owners before phones, phones before what refers to them). */
export const SECTION_NAMES = ['members', 'devices', 'runs', 'attachments', 'certificates'] as const
/** One kind of record in an archive. */
export type SectionName = (typeof SECTION_NAMES)[number]
