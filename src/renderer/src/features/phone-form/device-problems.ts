import type { DeviceInput } from '@shared/device-model'
import { deviceInputSchema } from '@shared/device-schema'
import { zodIssueText } from '@shared/i18n/zod-error-map'
import type { ErrorText } from '@shared/result'

/** Each field's first problem by the shared device schema (the rules the main process applies on save), as a message key; empty when all are fine. */
export function deviceProblems(values: DeviceInput): Partial<Record<keyof DeviceInput, ErrorText>> {
  const parsed = deviceInputSchema.safeParse(values)
  const found: Partial<Record<keyof DeviceInput, ErrorText>> = {}
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as keyof DeviceInput
    found[field] ??= zodIssueText(issue)
  }
  return found
}
