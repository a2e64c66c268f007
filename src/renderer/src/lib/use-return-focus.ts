import { useEffect, useRef } from 'react'

/** A ref for the button that opens an inline form: when `open` turns false (Escape, Cancel), focus goes back to that button if it is there. */
export function useReturnFocus<T extends HTMLElement>(open: boolean) {
  const opener = useRef<T>(null)
  const wasOpen = useRef(open)
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus()
    wasOpen.current = open
  }, [open])
  return opener
}
