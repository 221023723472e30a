#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so there is no build step to forget.
'use strict';
// Every stored message is a few file operations on libuv's thread pool; 4 threads queue up under load.
process.env.UV_THREADPOOL_SIZE = process.env.UV_THREADPOOL_SIZE || '16';
require('tsx/cjs/api').register();
const { main } = require('../server/cli/main.ts');

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sparring: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
