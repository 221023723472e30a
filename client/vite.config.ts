import { defineConfig } from 'vite';

/** The client folder itself, however vite is invoked (`npx vite build --config client/vite.config.ts`). */
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);
const api = process.env.SPARRING_API ?? 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    // `npx vite --config client/vite.config.ts` during development: the API and socket.io live on
    // the express server, proxied so the session cookie stays same-origin.
    proxy: {
      '/api': api,
      '/health': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
