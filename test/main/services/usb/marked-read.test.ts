import { describe, expect, it } from 'vitest'
import { AdbError } from '@main/services/usb/adb-protocol'
import { beforeEndMarker, failureReason, withEndMarker } from '@main/services/usb/marked-read'

describe('end marker', () => {
  it('keeps the output before the marker and refuses output without it', () => {
    const command = withEndMarker('getprop')
    expect(command).toBe('getprop; echo HANDOVER_END_OF_READ')
    expect(beforeEndMarker('[a]: [1]\nHANDOVER_END_OF_READ\n')).toBe('[a]: [1]\n')
    expect(beforeEndMarker('[a]: [1]\r\nHANDOVER_END_OF_READ\r\n')).toBe('[a]: [1]\n')
    expect(beforeEndMarker('HANDOVER_END_OF_READ\n')).toBe('')
    expect(beforeEndMarker('[a]: [1]\n')).toBeNull()
    expect(beforeEndMarker('[a]: [1]\nHANDOVER_END_OF_RE')).toBeNull()
    expect(beforeEndMarker('x HANDOVER_END_OF_READ\n')).toBeNull()
  })

  it('maps failures to reasons, the abort reason first', () => {
    expect(failureReason(new AdbError('refused', 'device unauthorized.\nThis adb server…'), undefined)).toBe('unauthorized')
    expect(failureReason(new AdbError('refused', 'device offline'), undefined)).toBe('offline')
    expect(failureReason(new AdbError('refused', "device 'X' not found"), undefined)).toBe('disconnected')
    expect(failureReason(new AdbError('closed', 'ECONNRESET'), undefined)).toBe('disconnected')
    expect(failureReason(new AdbError('cancelled', 'Cancelled.'), 'timeout')).toBe('timeout')
    expect(failureReason(new Error('x'), undefined)).toBe('adb-error')
  })
})
