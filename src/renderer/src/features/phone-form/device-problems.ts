import type { DeviceInput } from '../../../../shared/device-model'
import { deviceInputSchema } from '../../../../shared/device-schema'

/** One problem the shared schema found with a field, as the schema words it. */
export interface FieldProblem {
  message: string
}

/** Each field's first problem by the shared device schema (the rules the main process applies on save); empty when all are fine. */
export function deviceProblems(values: DeviceInput): Partial<Record<keyof DeviceInput, FieldProblem>> {
  const parsed = deviceInputSchema.safeParse(values)
  const found: Partial<Record<keyof DeviceInput, FieldProblem>> = {}
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as keyof DeviceInput
    found[field] ??= { message: issue.message }
  }
  return found
}
