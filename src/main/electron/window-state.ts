import type { BrowserWindow, Rectangle } from 'electron'
import { screen } from 'electron'
import { z } from 'zod'
import type { Storage } from '../services/ports'

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(640),
  height: z.number().int().min(480),
  maximized: z.boolean()
})
type SavedBounds = z.infer<typeof boundsSchema>

/** Default size of a first window. */
const DEFAULT_SIZE = { width: 1180, height: 800 }

/** Remembers the main window's size, position and maximised state in `window-state.json`. */
export function windowStateKeeper(storage: Storage, dir: string) {
  const doc = storage.open<SavedBounds>(dir, 'window-state')
  let saved: SavedBounds | null = null
  try {
    saved = boundsSchema.parse(doc.read())
  } catch {
    saved = null
  }
  const visible = (b: Rectangle): boolean =>
    screen
      .getAllDisplays()
      .some(({ workArea: a }) => b.x < a.x + a.width && b.x + b.width > a.x && b.y < a.y + a.height && b.y + b.height > a.y)

  return {
    /** Bounds to open the window with. */
    initialBounds(): Partial<Rectangle> {
      return saved && visible(saved) ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE
    },
    /** Whether to maximise at start. */
    wasMaximized: () => saved?.maximized ?? false,
    /** Saves the bounds whenever the window closes. */
    track(window: BrowserWindow): void {
      window.on('close', () => {
        const bounds = window.getNormalBounds()
        try {
          doc.write({ ...bounds, maximized: window.isMaximized() })
        } catch {
          // Losing the window position is harmless; never block closing.
        }
      })
    }
  }
}
