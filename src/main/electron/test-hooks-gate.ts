/**
 * Whether this launch asks for the test hooks (HANDOVER_TEST_HOOKS=1). The main process asks only
 * in a build made for tests: `__HANDOVER_TEST_HOOKS__ && testHooksRequested(env)`, so a normal
 * build drops the hooks altogether.
 */
export function testHooksRequested(env: Record<string, string | undefined>): boolean {
  return env['HANDOVER_TEST_HOOKS'] === '1'
}

const LOOPBACK_ADDRESS = /^127\.0\.0\.1:(\d{1,5})$/

/**
 * The loopback adbd addresses (HANDOVER_TEST_ADB_DEVICES=127.0.0.1:PORT,…) a test launch puts in place of the USB bus
 * for direct USB; null when it names none or names anything else. Read only where the test hooks are.
 */
export function testAdbDevices(env: Record<string, string | undefined>): Array<{ host: string; port: number }> | null {
  const listed = env['HANDOVER_TEST_ADB_DEVICES']?.split(',') ?? []
  const ports = listed.map((entry) => Number(LOOPBACK_ADDRESS.exec(entry.trim())?.[1] ?? NaN))
  if (ports.length === 0 || ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) return null
  return ports.map((port) => ({ host: '127.0.0.1', port }))
}
