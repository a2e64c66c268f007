import type { DeviceSummary } from '../../../../shared/device-model'
import { focusScreenHeading, focusWhenRendered, whenFocusIsLost } from '../../components/focus'

/** The phone shown after `id` in the list, else the one before it, else null. */
export function neighbourOf(shown: readonly DeviceSummary[], id: string): string | null {
  const index = shown.findIndex((device) => device.id === id)
  if (index < 0) return null
  return shown[index + 1]?.id ?? shown[index - 1]?.id ?? null
}

const rowButton = (id: string): HTMLElement | null => document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] .phone-name button`)

/** Once a row may leave the list (archived, deleted) and focus with it, puts focus on its neighbour's name, else on the screen's heading. */
export function focusNeighbourIfRowLeaves(neighbour: string | null): void {
  whenFocusIsLost(() => {
    if (neighbour) focusWhenRendered(() => rowButton(neighbour))
    else focusScreenHeading()
  })
}

/** Puts focus on a phone's row (its name) once it is rendered, such as a phone brought back by Undo. */
export function focusRowOf(id: string): void {
  focusWhenRendered(() => rowButton(id))
}
