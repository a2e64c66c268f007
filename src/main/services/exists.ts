import { access } from 'node:fs/promises'

/** Whether something is at `path` (a file, folder or link that leads somewhere), without blocking the main process. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
