/**
 * `npm run bench`: measures the production build on this machine. It seeds a
 * throw-away embedded database, starts `next start`, and loads pages that are
 * served from the cache next to one that queries the database per request.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { load, type LoadResult } from './http-load';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const env = { ...process.env, DATA_DIR: '.data/bench', PGLITE_DIR: '.data/bench/pglite', APP_URL: BASE, NODE_ENV: 'production' as const };

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

function row(name: string, r: LoadResult) {
  return `| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) execSync('npx next build', { stdio: 'inherit' });
  fs.rmSync('.data/bench', { recursive: true, force: true });
  execSync('npm run db:seed', { stdio: 'inherit', env });
  const server: ChildProcess = spawn('./node_modules/.bin/next', ['start', '-p', String(PORT)], { env, stdio: 'ignore' });
  try {
    await waitForServer(`${BASE}/pl`);
    const targets: [string, string][] = [
      ['home page (cached data)', '/pl'],
      ['service card (cached data)', '/pl/services/permanent-residence'],
      ['search page (database query per request)', '/pl/search?q=pobyt%20sta%C5%82y'],
    ];
    const results: [string, LoadResult][] = [];
    for (const [name, path] of targets) {
      await load(`${BASE}${path}`, 5, 2); // warm-up: fills the cache and JIT
      results.push([name, await load(`${BASE}${path}`, CONNECTIONS, SECONDS)]);
    }
    const lines = [
      `Public pages, ${CONNECTIONS} concurrent connections, ${SECONDS} s each (latency in ms):`,
      '',
      '| page | req/s | p50 | p95 | p99 | requests | errors |',
      '|---|---|---|---|---|---|---|',
      ...results.map(([n, r]) => row(n, r)),
      '',
      `Cached service card vs per-request database page: ${(results[1]![1].rps / results[2]![1].rps).toFixed(1)}× the throughput.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
