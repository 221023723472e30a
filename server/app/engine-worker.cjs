// Bootstraps an engine worker thread: the TypeScript loader first, then the worker itself.
'use strict';
require('tsx/cjs/api').register();
require('./engine-worker.ts');
