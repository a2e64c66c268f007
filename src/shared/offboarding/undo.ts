import type { JournalEntry, Run } from './run'

const UNDOABLE = new Set<JournalEntry['kind']>(['step', 'backup', 'gather'])

/** Index of the journal entry the next undo would revert, or null when there is nothing to undo. */
export function lastUndoable(run: Run): number | null {
  const undone = new Set(run.journal.flatMap((e) => (e.kind === 'undo' ? [e.undoes] : [])))
  for (let i = run.journal.length - 1; i >= 0; i--) {
    if (UNDOABLE.has(run.journal[i].kind) && !undone.has(i)) return i
  }
  return null
}
