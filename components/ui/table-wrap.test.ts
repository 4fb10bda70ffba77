import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TableWrap } from './table-wrap';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx$/.test(e.name) ? [p] : [];
  });
}

describe('TableWrap', () => {
  it('is a focusable region named by its label or by the element it points to', () => {
    const table = createElement('table');
    expect(renderToStaticMarkup(createElement(TableWrap, { label: 'Dziennik zdarzeń' }, table))).toBe(
      '<div class="table-wrap" role="region" tabindex="0" aria-label="Dziennik zdarzeń"><table></table></div>',
    );
    expect(renderToStaticMarkup(createElement(TableWrap, { labelledBy: 'history-title' }, table))).toContain('aria-labelledby="history-title"');
  });

  it('is the only thing that renders a .table-wrap, so no scrolling table is left unreachable by keyboard', () => {
    const own = path.resolve('components/ui/table-wrap.tsx');
    const bare = [...sources(path.resolve('app')), ...sources(path.resolve('components'))].filter((f) => f !== own && /className="table-wrap"/.test(fs.readFileSync(f, 'utf8')));
    expect(bare.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
