import { accessSync, constants, statSync } from 'node:fs'
import { posix, win32 } from 'node:path'

/** What the locator needs to know about the machine; real values in the app, made-up ones in tests. */
export interface LocatorContext {
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  home: string
  /** A path the owner set in Settings, tried first; '' when none. */
  configured: string
}

/**
 * Where adb may be, in the order tried: the configured path, the Android SDK named by
 * ANDROID_HOME / ANDROID_SDK_ROOT, every PATH folder, then the usual install folders
 * (Android Studio's SDK, an unzipped platform-tools, Homebrew, Debian's package).
 */
export function adbCandidates(context: LocatorContext): string[] {
  const windows = context.platform === 'win32'
  const path = windows ? win32 : posix
  const exe = windows ? 'adb.exe' : 'adb'
  const list: string[] = []
  if (context.configured.trim()) list.push(context.configured.trim())
  for (const sdk of [context.env.ANDROID_HOME, context.env.ANDROID_SDK_ROOT]) {
    if (sdk) list.push(path.join(sdk, 'platform-tools', exe))
  }
  const pathVar = context.env.PATH ?? context.env.Path ?? ''
  for (const dir of pathVar.split(windows ? ';' : ':')) if (dir) list.push(path.join(dir, exe))
  if (windows) {
    const local = context.env.LOCALAPPDATA ?? path.join(context.home, 'AppData', 'Local')
    list.push(
      path.join(local, 'Android', 'Sdk', 'platform-tools', exe),
      path.join(context.home, 'platform-tools', exe),
      path.join(context.home, 'Downloads', 'platform-tools', exe),
      'C:\\platform-tools\\adb.exe',
      'C:\\Android\\platform-tools\\adb.exe'
    )
  } else if (context.platform === 'darwin') {
    list.push(
      path.join(context.home, 'Library', 'Android', 'sdk', 'platform-tools', exe),
      path.join(context.home, 'platform-tools', exe),
      path.join(context.home, 'Downloads', 'platform-tools', exe),
      '/opt/homebrew/bin/adb',
      '/usr/local/bin/adb'
    )
  } else {
    list.push(
      path.join(context.home, 'Android', 'Sdk', 'platform-tools', exe),
      path.join(context.home, 'platform-tools', exe),
      path.join(context.home, 'Downloads', 'platform-tools', exe),
      '/usr/lib/android-sdk/platform-tools/adb',
      '/usr/bin/adb',
      '/usr/local/bin/adb'
    )
  }
  return [...new Set(list)]
}

/** True when `file` is a file this process may run. */
export function isRunnableFile(file: string): boolean {
  try {
    /* eslint-disable n/no-sync -- two metadata calls on one path, when adb is looked for (at start and when the owner picks it) */
    if (!statSync(file).isFile()) return false
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK)
    /* eslint-enable n/no-sync */
    return true
  } catch {
    return false
  }
}

/** The first candidate that can be run, or null, with the list that was searched (for the owner). */
export function locateAdb(
  candidates: readonly string[],
  runnable: (file: string) => boolean = isRunnableFile
): { found: string | null; searched: string[] } {
  return { found: candidates.find(runnable) ?? null, searched: [...candidates] }
}

/** The locator context of this process. */
export function currentLocatorContext(configured: string, home: string): LocatorContext {
  return { platform: process.platform, env: process.env, home, configured }
}
