/** Vite build of the web app: src/web → dist/web, served by the Fastify server (src/server/web.ts). */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const outDir = path.resolve(import.meta.dirname, '../../dist/web');

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset addresses: the server writes the site's path prefix into index.html when it
  // serves it (src/server/web.ts), so one build serves at the root or under any prefix.
  base: './',
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
