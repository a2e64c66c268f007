import { execFile } from 'node:child_process'
import type { Script } from '@shared/certificate/scripts'

/** The fontconfig language whose coverage stands for each script. */
const FONTCONFIG_LANGUAGE: Record<Script, string> = { han: 'zh-cn', devanagari: 'hi', cyrillic: 'ru', arabic: 'ar' }

/** Runs a program and resolves to its standard output; rejects when it cannot be run. */
export type RunProgram = (file: string, args: string[]) => Promise<string>

/** Which of some scripts no installed font covers, so their characters would print as empty boxes. */
export interface FontCoverage {
  missing(scripts: readonly Script[]): Promise<Script[]>
}

const runProgram: RunProgram = (file, args) =>
  new Promise((resolve, reject) =>
    execFile(file, args, { timeout: 5000, maxBuffer: 1024 * 1024 }, (error, stdout) =>
      error ? reject(new Error(error.message, { cause: error })) : resolve(stdout)
    )
  )

/**
 * The system's font coverage. Windows and macOS ship a font for each script (certificate-fonts.ts); on Linux,
 * fontconfig, which Chromium's fallback uses, is asked for a font per script. Where fontconfig cannot be asked,
 * nothing is reported missing: the app cannot tell.
 */
export function systemFontCoverage(platform: NodeJS.Platform = process.platform, run: RunProgram = runProgram): FontCoverage {
  return {
    async missing(scripts) {
      if (platform !== 'linux') return []
      const covered = await Promise.all(
        scripts.map((script) =>
          run('fc-list', ['--format=%{family}\n', `:lang=${FONTCONFIG_LANGUAGE[script]}`]).then(
            (families) => families.trim() !== '',
            () => true
          )
        )
      )
      return scripts.filter((_, index) => !covered[index])
    }
  }
}
