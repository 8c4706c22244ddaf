/* global require */
'use strict';
// Runs the TypeScript framing worker from source (tests, the bench): tsx compiles it on load.
// The built app and the CLI's bundle load the compiled framing-worker.js instead.
const { workerData } = require('node:worker_threads');
require('tsx/cjs/api').register();
require(workerData.entry);
