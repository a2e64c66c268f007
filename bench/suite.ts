import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { buildBridge } from '../harness/chromium/build-bridge'
import { serveRendererOverHttp } from '../e2e/support/static-server'
import { measureBundleSize } from './bundle-size'
import { measureCertificatePdf } from './certificate-cost'
import { dataFolders } from './data-folders'
import { CHROMIUM_LAUNCH_OPTIONS } from '../e2e/support/chromium-launch'
import { measureEditCost } from './edit-cost'
import { formatTable, missed, type Figure } from './figures'
import { measureLoadCost } from './load-cost'
import { measureMemory } from './memory-cost'
import { measureRenderer } from './renderer-cost'
import { measureUsbRead } from './usb-read-cost'

const RESULTS = 'bench/results.json'

/**
 * Runs every measurement, prints the table and writes bench/results.json; exits 1 when a budget is missed.
 * Arguments (optional) pick steps by a word of their name, e.g. `npm run bench -- dashboard`.
 */
async function main(): Promise<void> {
  const started = performance.now()
  const only = process.argv.slice(2)
  const loadAtStart = loadavg().map((n) => Math.round(n * 100) / 100)
  const folders = dataFolders()
  const figures: Record<string, Figure> = {}
  const step = async (name: string, measure: () => Promise<Record<string, Figure>> | Record<string, Figure>) => {
    if (only.length > 0 && !only.some((word) => name.includes(word))) return
    const t0 = performance.now()
    process.stdout.write(`[bench] ${name}… `)
    Object.assign(figures, await measure())
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`)
  }
  try {
    await step('generating 10 and 10,000 phones', async () => {
      await Promise.all([10, 10_000].map((n) => folders.withPhones(n)))
      return {}
    })
    await step('edit cost', () => measureEditCost(folders))
    await step('load cost', () => measureLoadCost(folders))
    await step('memory', () => measureMemory(folders))
    await step('bundle size', () => measureBundleSize())
    await step('usb read', () => measureUsbRead())
    await buildBridge()
    const server = await serveRendererOverHttp(resolve('out/renderer'))
    const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
    try {
      await step('dashboard in Chromium', () => measureRenderer(folders, browser, server.origin))
      await step('certificate PDF', () => measureCertificatePdf(browser))
    } finally {
      await browser.close()
      await server.close()
    }
  } finally {
    folders.removeAll()
  }
  const seconds = (performance.now() - started) / 1000
  console.log(
    `\n${formatTable(figures)}\n\nLoad average (1, 5, 15 min) at start ${loadAtStart.join(', ')} on ${cpus().length} CPUs: other work on the machine slows the timings.`
  )
  if (only.length === 0) {
    const machine = {
      node: process.version,
      cpus: cpus().length,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100)
    }
    const results = { measuredAt: new Date().toISOString(), machine, seconds: Math.round(seconds), figures }
    writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n')
    console.log(`${RESULTS} written; the bench took ${seconds.toFixed(0)} s.`)
  } else {
    console.log(`Partial run (${only.join(', ')}): ${RESULTS} left as it was.`)
  }
  const misses = Object.entries(figures).filter(([, f]) => missed(f))
  if (misses.length > 0) {
    console.log(`Over budget: ${misses.map(([name]) => name).join('; ')}`)
    process.exitCode = 1
  }
}

await main()
