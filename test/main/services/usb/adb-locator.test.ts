import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { adbCandidates, isRunnableFile, locateAdb } from '@main/services/usb/adb-locator'
import { tempDir } from '@test/support/temp-dir'

describe('adbCandidates', () => {
  it('tries the configured path, the SDK, PATH, then the usual Linux places', () => {
    const list = adbCandidates({
      platform: 'linux',
      env: { ANDROID_HOME: '/sdk', PATH: '/usr/local/bin:/bin' },
      home: '/home/ann',
      configured: ' /opt/tools/adb '
    })
    expect(list.slice(0, 4)).toEqual(['/opt/tools/adb', '/sdk/platform-tools/adb', '/usr/local/bin/adb', '/bin/adb'])
    expect(list).toContain('/home/ann/Android/Sdk/platform-tools/adb')
    expect(list).toContain('/usr/lib/android-sdk/platform-tools/adb')
    expect(new Set(list).size).toBe(list.length)
  })

  it('uses adb.exe, ";" PATH and Android Studio\'s SDK on Windows', () => {
    const list = adbCandidates({
      platform: 'win32',
      env: { Path: 'C:\\Tools;C:\\Windows', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' },
      home: 'C:\\Users\\ann',
      configured: ''
    })
    expect(list.slice(0, 2)).toEqual(['C:\\Tools\\adb.exe', 'C:\\Windows\\adb.exe'])
    expect(list).toContain('C:\\Users\\ann\\AppData\\Local\\Android\\Sdk\\platform-tools\\adb.exe')
    expect(list).toContain('C:\\platform-tools\\adb.exe')
  })

  it('knows the macOS SDK and Homebrew places', () => {
    const list = adbCandidates({ platform: 'darwin', env: {}, home: '/Users/ann', configured: '' })
    expect(list).toEqual(expect.arrayContaining(['/Users/ann/Library/Android/sdk/platform-tools/adb', '/opt/homebrew/bin/adb']))
  })
})

describe('locateAdb', () => {
  it('finds the first file it may run and says where it looked', () => {
    const dir = tempDir('handover-adb-')
    const notExecutable = join(dir, 'a', 'adb')
    const executable = join(dir, 'b', 'adb')
    mkdirSync(join(dir, 'a'))
    mkdirSync(join(dir, 'b'))
    writeFileSync(notExecutable, '')
    writeFileSync(executable, '#!/bin/sh\n')
    chmodSync(executable, 0o755)
    const candidates = [join(dir, 'missing', 'adb'), join(dir, 'a'), notExecutable, executable]
    expect(isRunnableFile(join(dir, 'a'))).toBe(false)
    expect(locateAdb(candidates)).toEqual({ found: executable, searched: candidates })
    expect(locateAdb(candidates.slice(0, 3)).found).toBeNull()
  })
})
