/** The id of the app's main region, the target of the skip link. */
export const MAIN_ID = 'main-content'

/** Moves focus to the current screen's heading (its h1, made focusable), else to the main region. */
export function focusScreenHeading(): void {
  const main = document.getElementById(MAIN_ID)
  const heading = [...(main?.querySelectorAll<HTMLElement>('h1, h2') ?? [])].find((h) => h.checkVisibility())
  const target = heading ?? main
  if (target) focusElement(target)
}

/** Focuses an element, first making a heading or region focusable by script (tabindex -1) when it is not already. */
export function focusElement(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus()
}

/** True when nothing in particular has focus: the element that had it went away, so focus fell back to the page body. */
export function focusWasLost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body || !active.isConnected
}

const MAX_FRAMES = 60

/** Focuses what `find` returns as soon as it is rendered (within about a second), else runs `fallback`. */
export function focusWhenRendered(find: () => HTMLElement | null, fallback: () => void = focusScreenHeading): void {
  let frame = 0
  const attempt = (): void => {
    const target = find()
    if (target) focusElement(target)
    else if (frame++ < MAX_FRAMES) requestAnimationFrame(attempt)
    else fallback()
  }
  requestAnimationFrame(attempt)
}

/** Runs `then` if focus falls to the page body within the next few frames (the focused control is about to leave the page). */
export function whenFocusIsLost(then: () => void, frames = 30): void {
  let frame = 0
  const watch = (): void => {
    if (focusWasLost()) then()
    else if (frame++ < frames) requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)
}
