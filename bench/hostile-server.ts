import { HostileAdbServer } from '../harness/adb/hostile-adb-server'

/** Runs a hostile adb server in its own process for `bench/hostile-run.ts`; prints its port, stops on SIGTERM. */
const [behaviour] = process.argv.slice(2)
const server = await HostileAdbServer.start(
  behaviour === 'flood' ? { floodFrames: 200_000 } : behaviour === 'silent' ? 'silent' : 'endless-stream'
)
process.stdout.write(`${server.port}\n`)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
