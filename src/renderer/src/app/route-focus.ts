import { useEffect, useRef } from 'react'
import { focusScreenHeading, focusWhenRendered, MAIN_ID } from '../lib/focus'
import type { Route } from './routes'

/** After every route change (not the first screen), moves focus to the new screen's heading once it is rendered (lazy screens arrive a little later). */
export function useHeadingFocusOnRouteChange(route: Route): void {
  const previous = useRef(route)
  useEffect(() => {
    if (previous.current === route) return
    previous.current = route
    let current = true
    // the screen left behind can linger hidden while the next one loads: only a visible heading counts
    const shownHeading = (): HTMLElement | null =>
      [...(document.getElementById(MAIN_ID)?.querySelectorAll<HTMLElement>('h1') ?? [])].find((h) => h.checkVisibility()) ?? null
    focusWhenRendered(
      () => (current ? shownHeading() : null),
      () => current && focusScreenHeading()
    )
    return () => {
      current = false
    }
  }, [route])
}
