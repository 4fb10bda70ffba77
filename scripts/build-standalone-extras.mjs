// What the container image adds to Next's standalone output (see Dockerfile):
//   node scripts/build-standalone-extras.mjs <outdir>
// 1. The command-line scripts (worker, migrate, seed, admin-create) compiled into plain ESM files in
//    <outdir>/scripts, so the image needs neither tsx nor any devDependency.
// 2. server.mjs, deploy/server-standalone.mjs and the files they import (lib/**/*.mjs and their
//    packages, e.g. pino and prom-client), plus the packages the compiled scripts load, copied into
//    <outdir> by file tracing. Next's own tracing covers only what its bundles load, not server.mjs.
// Next itself is left out: .next/standalone has the part of it that the server uses.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
// The copy of @vercel/nft that Next uses for its own standalone output.
const { nodeFileTrace } = require('next/dist/compiled/@vercel/nft');

const outdir = process.argv[2];
if (!outdir) {
  console.error('Usage: node scripts/build-standalone-extras.mjs <outdir>');
  process.exit(2);
}
const root = process.cwd();
const scriptsDir = path.join(outdir, 'scripts');

await build({
  entryPoints: ['scripts/worker.ts', 'scripts/migrate.ts', 'scripts/seed.ts', 'scripts/admin-create.ts', 'scripts/db-backup.ts', 'scripts/db-restore.ts'],
  outdir: scriptsDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // As `tsx --conditions=react-server` in package.json: server-only and React resolve to their server builds.
  conditions: ['react-server'],
  // Loaded from node_modules at run time (and traced below): PGlite's wasm and pino's worker files are
  // found relative to their packages, pg has an optional native binding; the rest is bundled in.
  external: ['@electric-sql/pglite', 'pg', 'nodemailer', '@react-pdf/renderer', 'pino', 'prom-client'],
  // Bundled CommonJS packages call require(); ESM output has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The compiled scripts are traced where they will live, beside the project's node_modules.
const staged = path.join(root, '.next', 'standalone-extras-scripts');
fs.rmSync(staged, { recursive: true, force: true });
fs.cpSync(scriptsDir, staged, { recursive: true });
const entries = ['server.mjs', 'deploy/server-standalone.mjs', ...fs.readdirSync(staged).map((f) => path.relative(root, path.join(staged, f)))];
const { fileList, warnings } = await nodeFileTrace(entries, { base: root, conditions: ['node', 'import', 'react-server'], ignore: ['node_modules/next/**'] });
for (const w of warnings) if (!String(w.message).includes('Failed to resolve dependency')) console.warn(`trace: ${w.message}`);

let copied = 0;
for (const file of fileList) {
  if (file.startsWith(path.relative(root, staged) + path.sep)) continue;
  const from = path.join(root, file);
  const to = path.join(outdir, file === 'deploy/server-standalone.mjs' ? 'server-standalone.mjs' : file);
  if (!fs.statSync(from).isFile()) continue;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  copied++;
}
fs.rmSync(staged, { recursive: true, force: true });
console.log(`Scripts compiled into ${scriptsDir}; ${copied} traced files copied into ${outdir}.`);
