// The scoring thread's entry: sources are TypeScript, loaded through tsx as bin/wayfinder.js does.
import { register } from 'tsx/esm/api';

register();
await import('./scoring-worker.ts');
