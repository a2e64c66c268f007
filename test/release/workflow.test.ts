import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const WORKFLOW = '.github/workflows/ci.yml'

/** Every error GitHub's own workflow parser (the one behind the Actions language service) finds. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (parsed.value === undefined) return errors.length ? errors : ['the file did not parse']
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  return [...errors, ...(template.errors ?? []).map((error) => error.Message)]
}

interface Step {
  name?: string
  run?: string
  uses?: string
}

describe('the GitHub Actions workflow', () => {
  const content = readFileSync(resolve(WORKFLOW), 'utf8')

  it('validates against GitHub’s workflow schema', async () => {
    expect(await workflowErrors(WORKFLOW, content)).toEqual([])
  })

  it('the validator does catch a broken workflow', async () => {
    const broken = content
      .replace('runs-on: ${{ matrix.os }}', 'runs_on: ${{ matrix.os }}')
      .replace('timeout-minutes: 60', 'timeout-minutes: soon')
    expect((await workflowErrors(WORKFLOW, broken)).length).toBeGreaterThan(0)
  })

  it('runs the README’s test command with the Electron tier on Linux, Windows and macOS, then builds installers', () => {
    const workflow = parse(content) as { jobs: Record<string, { strategy: { matrix: { include: Array<{ os: string }> } }; steps: Step[] }> }
    const job = Object.values(workflow.jobs)[0]
    expect(job.strategy.matrix.include.map((entry) => entry.os)).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
    const runs = job.steps.map((step) => step.run ?? '').join('\n')
    const readme = readFileSync(resolve('README.md'), 'utf8')
    expect(readme).toContain('`bash scripts/setup.sh --test && npm test`')
    expect(runs).toContain('bash scripts/setup.sh --test')
    expect(runs).toMatch(/xvfb-run --auto-servernum npm test/)
    expect(runs).toContain('npx electron --version')
    expect(runs).toContain('npm run dist')
    const order = (needle: string) => job.steps.findIndex((step) => (step.run ?? step.uses ?? '').includes(needle))
    expect(order('setup.sh')).toBeLessThan(order('npm test'))
    expect(order('npm test')).toBeLessThan(order('npm run dist'))
    expect(order('npm run dist')).toBeLessThan(order('actions/upload-artifact'))
  })
})
