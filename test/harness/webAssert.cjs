// `node:assert/strict` for the web worker bundle of the host suites: the npm `assert` package (Node's assert,
// ported to browsers), strict mode. The trailing slash makes a bundler take the package, not Node's built-in.
module.exports = require('assert/').strict;
