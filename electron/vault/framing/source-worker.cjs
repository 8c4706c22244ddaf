/* global require */
'use strict';
// Runs a TypeScript worker (the framing worker) from source (tests, the bench):
// tsx compiles it on load. The built app and the CLI's bundle load the compiled .js beside them instead.
const { workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
require(workerData.entry);
