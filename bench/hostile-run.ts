// `npm run bench:hostile`: bundles the hostile-input bench and the parse worker with Vite (as bench/run.ts does),
// then runs each hostile input in its own process and prints peak extra memory and main-thread time.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { bundleBench } from './bundle.ts'

const OUT = resolve('out/bench-hostile')

await bundleBench(OUT, {
  'hostile-inputs': 'bench/hostile-inputs.ts',
  'hostile-server': 'bench/hostile-server.ts',
  'parse-worker': 'src/main/services/parsing/parse-worker.ts'
})

const SERVER_FOR: Record<string, string> = { 'endless-adb-stream': 'endless', 'silent-adb-server': 'silent', 'tiny-frame-flood': 'flood' }
const CASES = [
  'endless-adb-stream',
  'silent-adb-server',
  'tiny-frame-flood',
  'pdf-bomb-256k',
  'pdf-bomb-1m',
  'import-24mb-amplifying',
  'import-150mb'
]

function run(args: string[]): { child: ReturnType<typeof spawn>; output: Promise<string> } {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HANDOVER_PARSE_WORKER: resolve(OUT, 'parse-worker.mjs') },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return { child, output: new Promise((done) => child.on('exit', () => done(text))) }
}

const results: unknown[] = []
for (const name of CASES) {
  let port = '0'
  let server: ReturnType<typeof spawn> | null = null
  if (SERVER_FOR[name]) {
    const started = run([resolve(OUT, 'hostile-server.mjs'), SERVER_FOR[name]])
    server = started.child
    port = await new Promise<string>((done) => started.child.stdout!.once('data', (chunk: Buffer) => done(chunk.toString().trim())))
  }
  const line = await run(['--max-old-space-size=4096', resolve(OUT, 'hostile-inputs.mjs'), name, port]).output
  server?.kill('SIGTERM')
  const result = line.trim() ? (JSON.parse(line) as object) : { name, outcome: 'the process died' }
  results.push(result)
  console.log(JSON.stringify(result))
}
writeFileSync(resolve('bench/hostile-results.json'), JSON.stringify(results, null, 2) + '\n')
