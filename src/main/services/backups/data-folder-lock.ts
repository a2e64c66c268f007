/** The last queued task per data folder; settled tasks drop out. */
const tails = new Map<string, Promise<unknown>>()

/**
 * Runs `task` once every earlier task on the same data folder has settled, so copies and swaps of the whole folder
 * (backups, restores, imports) never interleave now that they wait on the disk between steps.
 */
export function withDataFolderLock<T>(dataDir: string, task: () => Promise<T>): Promise<T> {
  const run = (tails.get(dataDir) ?? Promise.resolve()).then(task, task)
  const tail = run.catch(() => undefined)
  tails.set(dataDir, tail)
  void tail.then(() => {
    if (tails.get(dataDir) === tail) tails.delete(dataDir)
  })
  return run
}
