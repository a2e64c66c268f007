import { describe, expect, it } from 'vitest'
import { connectionFor, parseDeviceList, toDeviceState } from '@shared/usb/device-list'

describe('device list', () => {
  it('parses host:devices lines and maps each state word', () => {
    const payload =
      'DEMO0001\tdevice\nDEMO0002\tunauthorized\nDEMO0003\toffline\n????????????\tno permissions (user in plugdev group; are your udev rules wrong?)\nDEMO0005\trecovery\n'
    expect(parseDeviceList(payload)).toEqual([
      { serial: 'DEMO0001', state: 'device' },
      { serial: 'DEMO0002', state: 'unauthorized' },
      { serial: 'DEMO0003', state: 'offline' },
      { serial: '????????????', state: 'no-permissions' },
      { serial: 'DEMO0005', state: 'other' }
    ])
    expect(parseDeviceList('')).toEqual([])
    expect(parseDeviceList('garbage without tab\n\tstate-without-serial\n')).toEqual([])
  })

  it('treats authorizing as unauthorized and connecting as offline', () => {
    expect(toDeviceState('authorizing')).toBe('unauthorized')
    expect(toDeviceState('connecting')).toBe('offline')
  })

  it('says none, one or several', () => {
    expect(connectionFor([])).toEqual({ kind: 'none' })
    expect(connectionFor([{ serial: 'A', state: 'unauthorized' }])).toEqual({ kind: 'one', device: { serial: 'A', state: 'unauthorized' } })
    expect(
      connectionFor([
        { serial: 'A', state: 'device' },
        { serial: 'B', state: 'offline' }
      ]).kind
    ).toBe('several')
  })
})
