import { AdbError } from '@main/services/usb/adb-protocol'

/** The AdbError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function adbRejection(promise: Promise<unknown>): Promise<AdbError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AdbError) return error
    throw error
  }
  throw new Error('expected a rejection')
}
