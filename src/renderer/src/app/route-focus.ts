import { useEffect, useRef } from 'react'
import { focusScreenHeading, focusWhenRendered, MAIN_ID } from '../components/focus'
import type { Route } from './routes'

/** After every route change (not the first screen), moves focus to the new screen's heading once it is rendered (lazy screens arrive a little later). */
export function useHeadingFocusOnRouteChange(route: Route): void {
  const previous = useRef(route)
  useEffect(() => {
    if (previous.current === route) return
    previous.current = route
    let current = true
    focusWhenRendered(
      () => (current ? document.getElementById(MAIN_ID)?.querySelector('h1') ?? null : null),
      () => current && focusScreenHeading()
    )
    return () => {
      current = false
    }
  }, [route])
}
