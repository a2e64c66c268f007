/** Every namespace of this language's catalogue, for the main process (the renderer loads the JSON files on demand). */
export { default as certificate } from './certificate.json' with { type: 'json' }
export { default as common } from './common.json' with { type: 'json' }
export { default as errors } from './errors.json' with { type: 'json' }
export { default as main } from './main.json' with { type: 'json' }
export { default as offboarding } from './offboarding.json' with { type: 'json' }
export { default as records } from './records.json' with { type: 'json' }
export { default as usb } from './usb.json' with { type: 'json' }
