/**
 * Whether this launch asks for the test hooks (HANDOVER_TEST_HOOKS=1). The main process asks only
 * in a build made for tests: `__HANDOVER_TEST_HOOKS__ && testHooksRequested(env)`, so a normal
 * build drops the hooks altogether.
 */
export function testHooksRequested(env: Record<string, string | undefined>): boolean {
  return env['HANDOVER_TEST_HOOKS'] === '1'
}
