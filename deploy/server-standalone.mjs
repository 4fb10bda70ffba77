// The container's entry (Dockerfile): server.mjs, with its client-address logic, on Next's
// standalone output. Next's generated standalone server.js is not used; like it, this hands Next
// the configuration resolved at build time, because next.config.ts and its plugins are not in
// the image (and next() would otherwise fall back to defaults).
import { readFileSync } from 'node:fs';

const { config } = JSON.parse(readFileSync(new URL('./.next/required-server-files.json', import.meta.url), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(config);
await import('./server.mjs');
