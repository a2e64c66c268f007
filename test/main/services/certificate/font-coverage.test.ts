import { describe, expect, it } from 'vitest'
import { systemFontCoverage, type RunProgram } from '@main/services/certificate/font-coverage'
import { scriptsIn } from '@shared/certificate/scripts'

describe('scripts in a certificate', () => {
  it('finds Chinese, Devanagari, Cyrillic and Arabic, and nothing in Latin text', () => {
    expect(scriptsIn('Handover certificate, Ünïcödé Latin 0123')).toEqual([])
    expect(scriptsIn('王小明 · राहुल · Иван · محمد')).toEqual(['han', 'devanagari', 'cyrillic', 'arabic'])
    expect(scriptsIn('<td>राहुल शर्मा</td>')).toEqual(['devanagari'])
  })
})

describe('font coverage', () => {
  const fontconfig = (covered: Record<string, string>): { run: RunProgram; asked: string[] } => {
    const asked: string[] = []
    return {
      asked,
      run: async (file, args) => {
        expect(file).toBe('fc-list')
        const pattern = args.find((arg) => arg.startsWith(':lang='))!
        asked.push(pattern)
        return covered[pattern] ?? ''
      }
    }
  }

  it('on Linux reports the scripts fontconfig has no font for', async () => {
    const { run, asked } = fontconfig({ ':lang=ru': 'DejaVu Sans\n', ':lang=ar': 'DejaVu Sans\n' })
    expect(await systemFontCoverage('linux', run).missing(['han', 'devanagari', 'cyrillic', 'arabic'])).toEqual(['han', 'devanagari'])
    expect(asked).toEqual([':lang=zh-cn', ':lang=hi', ':lang=ru', ':lang=ar'])
  })

  it('reports nothing when fontconfig cannot be asked, and asks nothing on Windows and macOS', async () => {
    const failing: RunProgram = async () => {
      throw new Error('spawn fc-list ENOENT')
    }
    expect(await systemFontCoverage('linux', failing).missing(['han'])).toEqual([])
    const { run, asked } = fontconfig({})
    expect(await systemFontCoverage('win32', run).missing(['han', 'devanagari'])).toEqual([])
    expect(await systemFontCoverage('darwin', run).missing(['han'])).toEqual([])
    expect(asked).toEqual([])
  })
})
