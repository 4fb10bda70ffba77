import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('## Opłaty\n\n- 440 zł\n\n[MOS](https://mos.cudzoziemcy.gov.pl)');
    expect(html).toContain('<h2>Opłaty</h2>');
    expect(html).toContain('<li>440 zł</li>');
    expect(html).toContain('href="https://mos.cudzoziemcy.gov.pl"');
  });

  it.each([
    ['script tag', '<script>alert(1)</script>'],
    ['event handler', '<img src="x" onerror="alert(1)">'],
    ['raw HTML block', '<div onclick="alert(1)">hi</div>'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ])('makes a %s inert', (_name, payload) => {
    const html = renderMarkdown(`Tekst\n\n${payload}\n`);
    expect(html).not.toMatch(/<script|onerror|onclick|<iframe|<img/i);
  });

  it('drops javascript: links but keeps their text', () => {
    const html = renderMarkdown('[kliknij](javascript:alert(1)) i [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('kliknij');
  });
});

describe('internal links and plain text', () => {
  it('prefixes site-internal links with the reader’s locale and leaves others alone', () => {
    const html = renderMarkdown('[formularz](/forms/1) [MOS](https://mos.cudzoziemcy.gov.pl) [x](//evil.example)', 'uk');
    expect(html).toContain('href="/uk/forms/1"');
    expect(html).toContain('href="https://mos.cudzoziemcy.gov.pl"');
    expect(html).not.toContain('/uk//evil');
  });

  it('reduces Markdown to its words', async () => {
    const { markdownToPlainText } = await import('./markdown');
    expect(markdownToPlainText('## Opłaty\n\n- **440 zł** za [pobyt](/x)\n\n| a | b |\n|---|---|\n| c | d |')).toBe('Opłaty\n440 zł za pobyt\na\nb\nc\nd');
  });
});
