import { describe, expect, it } from 'vitest';
import { highlightParts, toTsQuery } from './search';

describe('toTsQuery', () => {
  it('cuts inflectional endings for Polish and Ukrainian and uses prefix matching', () => {
    expect(toTsQuery('Pobytu stałego', 'pl')).toBe('pobyt:* & stał:*');
    expect(toTsQuery('постійне проживання', 'uk')).toBe('пості:* & (прожива:* | перебуван:*)');
  });

  it('leaves stemming to PostgreSQL for Russian and English', () => {
    expect(toTsQuery('постоянное проживание', 'ru')).toBe('постоянное:* & проживание:*');
    expect(toTsQuery('Permanent', 'en')).toBe('permanent:*');
  });

  it('drops tsquery syntax and gives nothing for a query without words', () => {
    expect(toTsQuery("pobyt' | !(x) & <->", 'pl')).toBe('poby:* & x:*');
    expect(toTsQuery('&&& !!! ()', 'pl')).toBeNull();
  });
});

describe('synonyms', () => {
  it('lets a word people use match the words the pages use, and leaves other words alone', () => {
    expect(toTsQuery('exchange card', 'en')).toBe('(exchange:* | exchang:* | replac:* | renew:* | swap:*) & card:*');
    expect(toTsQuery('обмін', 'uk')).toContain('замін:*');
    expect(toTsQuery('pobyt', 'pl')).toBe('poby:*');
  });
});

describe('highlightParts', () => {
  it('splits a snippet into marked and plain parts without interpreting HTML', () => {
    expect(highlightParts('Zezwolenie na \u0001pobyt\u0002 <b>stały</b>')).toEqual([
      { text: 'Zezwolenie na ', marked: false },
      { text: 'pobyt', marked: true },
      { text: ' <b>stały</b>', marked: false },
    ]);
  });
});
