/**
 * A Vite plugin: after the build, writes a brotli (.br) and a gzip (.gz) copy beside every text
 * file of the bundle over 1 KB, compressed as hard as they go, once. The server hands them to
 * browsers that ask for them (@fastify/static's preCompressed), so no request compresses the bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;

export function precompressFiles(dir: string): number {
  let written = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = fs.readFileSync(file);
    if (data.length < 1024) continue;
    fs.writeFileSync(
      `${file}.br`,
      zlib.brotliCompressSync(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    );
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
    written += 1;
  }
  return written;
}

export function precompress(outDir: string): Plugin {
  return {
    name: 'wayfinder-precompress',
    apply: 'build',
    closeBundle() {
      precompressFiles(outDir);
    },
  };
}
