// A thread that writes snapshot files for the store: each request replaces one file atomically
// (a temporary file, then a rename; no fsync). Plain CommonJS, so it needs no TypeScript loader.
'use strict';
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');

/** Folders known to exist: a shard folder is made once, not before every write. */
const made = new Set();
let counter = 0;

/** Replaces `file` with `text`: a temporary file, then a rename. Returns why not, if it cannot. */
function write(file, text) {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.w${counter++}.tmp`);
  try {
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
    return undefined;
  } catch (error) {
    made.delete(dir);
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never made, or already gone
    }
    return error.message;
  }
}

// A batch of writes in the order asked for; one answer for the batch.
parentPort.on('message', (batch) => {
  parentPort.postMessage(batch.map(({ n, file, text }) => ({ n, error: write(file, text) })));
});
