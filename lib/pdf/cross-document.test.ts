import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocuments } from './sample-documents';

/**
 * A server renders many documents in one process. Font state that leaks from one
 * document into the next makes letters vanish ("iejsce" for "Miejsce", a case
 * password missing a character), while the first render of a process is clean.
 * So: every document, in a shuffled order in this process, must read exactly
 * like the same document rendered alone in a fresh `node` process.
 */

const run = promisify(execFile);
const docs = sampleDocuments();
const seed = Number(process.env.PDF_SHUFFLE_SEED ?? Date.now() % 1_000_000);

/** Deterministic for a seed (printed on failure), so a failing order can be replayed. */
function shuffled<T>(items: T[], s: number): T[] {
  const out = [...items];
  let x = s || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

let work: string;
let script: string;

beforeAll(async () => {
  // The child runs plain node on a bundle of our code (packages stay external, so it uses the
  // very same react-pdf, pdfkit and fontkit); inside node_modules so that node resolves them.
  const cache = path.resolve('node_modules/.cache/pobyt-pdf');
  fs.mkdirSync(cache, { recursive: true });
  work = fs.mkdtempSync(path.join(cache, 'run-'));
  script = path.join(work, 'render-sample.mjs');
  await build({
    entryPoints: [path.resolve('lib/pdf/render-sample.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    jsx: 'automatic',
    alias: { 'server-only': path.resolve('test/server-only-stub.ts') },
    outfile: script,
    logLevel: 'warning',
  });
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('documents rendered one after another in one process', () => {
  it(`read exactly like the same document rendered first in a fresh process (${docs.length} documents, shuffle seed ${seed})`, { timeout: 600_000 }, async () => {
    const order = shuffled(docs, seed);
    // Each child process renders one document first (the clean reference) and then the document that
    // follows it in the shuffled ring: whether letters vanish depends on which document came first in a
    // process, so every document is also checked right after a different one, each in a new process.
    const fresh = new Map<string, string>();
    const followed = new Map<string, { after: string; text: string }>();
    const jobs = order.map((d, i) => [d.id, order[(i + 1) % order.length]!.id] as const);
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const [first, second] = job;
        const out = fs.mkdtempSync(path.join(work, 'child-'));
        await run(process.execPath, [script, out, first, second], { env: { ...process.env, NODE_ENV: 'test' } });
        fresh.set(first, text(path.join(out, `0-${first}.pdf`)));
        followed.set(second, { after: first, text: text(path.join(out, `1-${second}.pdf`)) });
      }
    };
    await Promise.all(Array.from({ length: Math.max(2, Math.min(4, os.availableParallelism())) }, worker));

    const differing: string[] = [];
    const compare = (id: string, what: string, same: string) => {
      const clean = fresh.get(id)!;
      expect(clean.trim().length, `${id} rendered alone has text`).toBeGreaterThan(100);
      if (same === clean) return;
      const a = clean.split('\n');
      const b = same.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      differing.push(`${id} ${what}: line ${i + 1}\n    fresh: ${a[i]?.trim()}\n    after: ${b[i]?.trim()}`);
    };
    for (const d of order) {
      const file = path.join(work, `same-${d.id}.pdf`);
      fs.writeFileSync(file, await d.render());
      compare(d.id, 'in the shuffled run', text(file));
      const f = followed.get(d.id)!;
      compare(d.id, `right after ${f.after}`, f.text);
    }
    expect(differing, `seed ${seed}: ${differing.length} renders differ\n${differing.join('\n')}`).toEqual([]);
  });
});
