import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pages(full) : name === 'page.tsx' ? [full] : [];
  });

// The account and staff layouts do not redirect to sign-in (they cannot know the path to come back to):
// each page must check the session itself, so that none is ever open to anyone.
describe.each(['app/[locale]/(panel)', 'app/[locale]/(staff)'])('every page under %s', (root) => {
  it.each(pages(root).map((p) => [path.relative(root, p)]))('%s checks the session and role itself', (rel) => {
    expect(readFileSync(path.join(root, rel), 'utf8')).toMatch(/requireRole\(/);
  });
});
