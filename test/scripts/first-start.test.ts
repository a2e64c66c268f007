import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LAUNCH_RECORD, standInExecutable } from '../support/stand-in-electron'
import { tempDir } from '../support/temp-dir'

const repo = resolve('.')
const version = JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')).version as string
/** Set-up, build and start take seconds alone and minutes on a loaded machine. */
const RUN_TIMEOUT_MS = 240_000
const supported = process.platform === 'linux' && process.arch === 'x64'
if (!supported)
  console.log(
    `[first-start] skipped: the stand-in Electron archive is a linux-x64 shell script, this is ${process.platform}-${process.arch}.`
  )

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a command without blocking the event loop, so the loopback mirror keeps answering. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

/**
 * A copy of this clone that shares its installed packages, except the two that must not leak
 * back into the working tree: electron (its installer writes dist/ and path.txt) and
 * electron-vite (it resolves electron from where it lives).
 */
function cloneProject(into: string): void {
  const tracked = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
  for (const file of tracked.stdout.split('\0').filter((f) => f !== '' && existsSync(join(repo, f)))) {
    mkdirSync(dirname(join(into, file)), { recursive: true })
    cpSync(join(repo, file), join(into, file))
  }
  const modules = join(repo, 'node_modules')
  mkdirSync(join(into, 'node_modules'))
  for (const name of readdirSync(modules)) {
    const from = join(modules, name)
    const to = join(into, 'node_modules', name)
    if (name === 'electron')
      cpSync(from, to, { recursive: true, filter: (path) => !/[\\/]electron[\\/](dist|path\.txt)/.test(path.slice(modules.length)) })
    else if (name === 'electron-vite') cpSync(from, to, { recursive: true })
    else if (name === '.bin') cpSync(from, to, { recursive: true, verbatimSymlinks: true })
    else symlinkSync(from, to)
  }
}

/** The release archive layout a mirror serves: v<version>/electron-v<version>-linux-x64.zip and its SHASUMS256.txt. */
function writeMirror(root: string): void {
  const folder = join(root, `v${version}`)
  const name = `electron-v${version}-linux-x64.zip`
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(root, 'electron'), standInExecutable())
  writeFileSync(join(root, 'version'), `v${version}`)
  const zipWithModes = [
    'import sys, zipfile',
    'with zipfile.ZipFile(sys.argv[1], "w") as z:',
    '  for name, mode in [("electron", 0o755), ("version", 0o644)]:',
    '    info = zipfile.ZipInfo(name)',
    '    info.external_attr = (0o100000 | mode) << 16',
    '    z.writestr(info, open(sys.argv[2] + "/" + name, "rb").read())'
  ].join('\n')
  const zip = spawnSync('python3', ['-c', zipWithModes, join(folder, name), root], { encoding: 'utf8' })
  if (zip.status !== 0) throw new Error(`could not write the stand-in archive: ${zip.stderr}`)
  const sha = createHash('sha256')
    .update(readFileSync(join(folder, name)))
    .digest('hex')
  writeFileSync(join(folder, 'SHASUMS256.txt'), `${sha} *${name}\n`)
}

/** Serves `root` on 127.0.0.1 at a free port and counts the requests. */
function serveFolder(root: string): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = []
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    requests.push(path)
    const file = join(root, path)
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200).end(readFileSync(file))
  })
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests }))
  )
}

/** A loopback port nothing listens on: the download "cannot be reached". */
async function closedPort(): Promise<string> {
  const { server, url } = await serveFolder(tempDir())
  await new Promise((done) => server.close(done))
  return url
}

describe.skipIf(!supported)('first start from the README, offline', () => {
  let project: string
  let fakeBin: string
  let cache: string
  const workingTreeHadBinary = existsSync(join(repo, 'node_modules/electron/path.txt'))

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'handover-clone-'))
    cloneProject(project)
    // `npm ci` would replace the shared node_modules; a stand-in npm records that set-up asked for it.
    fakeBin = join(project, '.test-bin')
    mkdirSync(fakeBin)
    writeFileSync(join(fakeBin, 'npm'), `#!/bin/sh\necho "$@" >> "${join(fakeBin, 'npm-calls.txt')}"\n`)
    chmodSync(join(fakeBin, 'npm'), 0o755)
    cache = join(project, '.test-electron-cache')
  }, RUN_TIMEOUT_MS)

  afterAll(() => {
    rmSync(project, { recursive: true, force: true })
    expect(existsSync(join(repo, 'node_modules/electron/path.txt'))).toBe(workingTreeHadBinary)
  })

  const env = (mirror: string, withFakeNpm: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    PATH: withFakeNpm ? `${fakeBin}:${process.env['PATH']}` : process.env['PATH'],
    ELECTRON_MIRROR: mirror,
    electron_config_cache: cache,
    electron_use_remote_checksums: '1',
    ELECTRON_EXEC_PATH: ''
  })

  it(
    'without a reachable download, set-up for tests carries on and npm start stops with one clear line',
    async () => {
      const mirror = await closedPort()
      const setupForTests = await run('bash', ['scripts/setup.sh', '--test'], { cwd: project, env: env(mirror, true) })
      expect(setupForTests.code, setupForTests.stderr).toBe(0)
      expect(setupForTests.stdout).toContain('carrying on without Electron')
      expect(readFileSync(join(fakeBin, 'npm-calls.txt'), 'utf8')).toContain('ci --no-audit --no-fund')

      const setup = await run('bash', ['scripts/setup.sh'], { cwd: project, env: env(mirror, true) })
      expect(setup.code).toBe(1)

      const start = await run('npm', ['start'], { cwd: project, env: env(mirror, false) })
      expect(start.code).not.toBe(0)
      const said = `${start.stdout}\n${start.stderr}`
      console.log(`[first-start] npm start without a reachable download said:\n${said.trim()}`)
      expect(said).not.toMatch(/Electron uninstall/)
      expect(said).not.toMatch(/^\s+at /m)
      const lines = said.split('\n').filter((line) => line.includes('could not be reached'))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`from ${mirror}`)
      expect(lines[0]).toContain('ELECTRON_MIRROR')
      expect(existsSync(join(project, 'out'))).toBe(false)
    },
    RUN_TIMEOUT_MS
  )

  it(
    'through a loopback mirror, set-up installs the archive and npm start launches it on the built app',
    async () => {
      const mirrorRoot = tempDir('handover-mirror-')
      writeMirror(mirrorRoot)
      const { server, url, requests } = await serveFolder(mirrorRoot)
      try {
        const started = Date.now()
        const setup = await run('bash', ['scripts/setup.sh'], { cwd: project, env: env(url, true) })
        expect(setup.code, `${setup.stdout}\n${setup.stderr}`).toBe(0)
        expect(requests).toContain(`/v${version}/electron-v${version}-linux-x64.zip`)
        expect(requests).toContain(`/v${version}/SHASUMS256.txt`)
        expect(readFileSync(join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe('electron')

        const start = await run('npm', ['start'], { cwd: project, env: env(url, false) })
        expect(start.code, `${start.stdout}\n${start.stderr}`).toBe(0)
        console.log(`[first-start] set-up + start through the mirror: ${((Date.now() - started) / 1000).toFixed(1)} s`)
        const [cwd, ...args] = readFileSync(join(project, 'node_modules/electron/dist', LAUNCH_RECORD), 'utf8')
          .trim()
          .split('\n')
        expect(cwd).toBe(project)
        expect(args[0]).toBe('.')
        const { main } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { main: string }
        expect(existsSync(join(project, main))).toBe(true)
      } finally {
        await new Promise((done) => server.close(done))
      }
    },
    RUN_TIMEOUT_MS
  )
})
