// The `process` that the npm `assert` package and its `util` read (`process.env.NODE_DEBUG`, `process.stderr` when
// it words a failure) in the web worker bundle of the host suites, where there is none. esbuild substitutes it for
// the free identifier `process` only: `globalThis.process` stays absent, which the host-kind test checks.
export const process = { env: {} };
