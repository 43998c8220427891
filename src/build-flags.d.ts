/**
 * Set by the build (vite.config.ts `define`): true only in the build the browser tests and benchmarks load
 * (JOOM_TEST_HOOKS=1), never in the store zips. Code behind it is dropped from the store build.
 */
declare const __TEST_HOOKS__: boolean;
