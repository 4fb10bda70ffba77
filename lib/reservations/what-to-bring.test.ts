import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whatToBring } from './what-to-bring';

describe('what to bring, from a service card', () => {
  it.each(['pl', 'en', 'ru', 'uk'])('takes the documents section of the %s residence card as plain lines', (locale) => {
    const lines = whatToBring(fs.readFileSync(`content/${locale}/services/residence-card.md`, 'utf8'));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.filter((l) => l.startsWith('• ')).length).toBeGreaterThan(2);
    expect(lines.join('\n')).not.toMatch(/\]\(|\*\*|^#/m);
  });

  it('is empty for a page without the section', () => {
    expect(whatToBring('# Title\n\nText')).toEqual([]);
  });
});
