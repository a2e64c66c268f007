import { focusScreenHeading, focusWhenRendered, whenFocusIsLost } from '../../lib/focus'

const rowButton = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] .phone-name button`)

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
