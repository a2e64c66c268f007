import { emptyDeviceInput, type DeviceInput } from '@shared/device-model'
import { luhnCheckDigit } from '@shared/imei'

/** A made-up valid IMEI from 14 digits. */
export function madeUpImei(body14: string): string {
  return body14 + luhnCheckDigit(body14)
}

/** A made-up phone form with valid identifiers; override any field. */
export function madeUpPhone(overrides: Partial<DeviceInput> = {}): DeviceInput {
  return {
    ...emptyDeviceInput(),
    nickname: 'Test phone',
    brand: 'Redmi',
    marketName: 'Redmi Note 13 Pro',
    modelNumber: '23117RA68G',
    osFamily: 'HyperOS',
    osVersion: '1.0.5.0',
    serial: 'TESTSERIAL0001',
    imei1: madeUpImei('35000011112222'),
    imei2: madeUpImei('35000011113333'),
    accountHint: '+00 *** 0000',
    ...overrides
  }
}
