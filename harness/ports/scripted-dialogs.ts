import type { FileDialogs } from '@main/services/ports'

/** File dialogs answered by a script: tests queue what the "user" picks; an empty queue means Cancel. */
export interface ScriptedDialogs extends FileDialogs {
  /** The next save dialog answers with this path (null = Cancel). */
  answerSave(path: string | null): void
  /** The next open dialog answers with these paths (empty = Cancel). */
  answerOpen(paths: string[]): void
  /** Titles of the dialogs shown so far. */
  readonly shown: string[]
}

/** Builds scripted file dialogs. */
export function createScriptedDialogs(): ScriptedDialogs {
  const saves: Array<string | null> = []
  const opens: string[][] = []
  const shown: string[] = []
  return {
    shown,
    answerSave: (path) => void saves.push(path),
    answerOpen: (paths) => void opens.push(paths),
    async chooseSavePath({ title }) {
      shown.push(title)
      return saves.shift() ?? null
    },
    async chooseOpenPaths({ title }) {
      shown.push(title)
      return opens.shift() ?? []
    }
  }
}
