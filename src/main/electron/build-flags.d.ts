/** True only in a build made with `electron-vite build --mode test`: the main process then offers test hooks. */
declare const __HANDOVER_TEST_HOOKS__: boolean
