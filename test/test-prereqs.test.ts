import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../scripts/test-prereqs.mjs');

/** A PATH holding only node (and, when asked, poppler's tools), so the check sees a machine without the rest. */
function bareMachine(tools: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'prereqs-'));
  symlinkSync(process.execPath, path.join(dir, 'node'));
  for (const tool of tools) symlinkSync('/bin/true', path.join(dir, tool));
  return dir;
}

const run = (env: Record<string, string>) => spawnSync(process.execPath, [script], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 10_000 });

describe('npm test on a fresh machine', () => {
  it('stops at once with the one install command when Chromium and poppler are missing', () => {
    const r = run({ PATH: bareMachine([]), CHROMIUM_PATH: '/nonexistent/chromium', PREREQS_INSTALL: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sudo apt-get install -y chromium poppler-utils');
  });

  it('names only what is missing', () => {
    const r = run({ PATH: bareMachine(['pdftotext', 'pdftoppm']), CHROMIUM_PATH: '/nonexistent/chromium', PREREQS_INSTALL: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install -y chromium\n');
    expect(r.stderr).not.toContain('poppler-utils\n');
  });

  it('passes silently when everything is there', () => {
    const r = run({ PATH: bareMachine(['pdftotext', 'pdftoppm']), CHROMIUM_PATH: '/bin/true', PREREQS_INSTALL: '0' });
    expect(r.status).toBe(0);
    expect(r.stderr + r.stdout).toBe('');
  });
});
