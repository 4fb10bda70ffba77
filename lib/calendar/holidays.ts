/**
 * Polish public holidays (ustawa z 18 stycznia 1951 r. o dniach wolnych od
 * pracy, as amended: 24 December is a holiday from 2025). Dates are
 * YYYY-MM-DD strings in the Warsaw calendar.
 */
function easterSunday(year: number): [number, number] {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function polishHolidays(year: number): { date: string; name: string }[] {
  const [em, ed] = easterSunday(year);
  const easter = new Date(Date.UTC(year, em - 1, ed));
  const plus = (days: number) => iso(new Date(easter.getTime() + days * 86_400_000));
  const fixed = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const list = [
    { date: fixed(1, 1), name: 'Nowy Rok' },
    { date: fixed(1, 6), name: 'Święto Trzech Króli' },
    { date: plus(0), name: 'Wielkanoc' },
    { date: plus(1), name: 'Poniedziałek Wielkanocny' },
    { date: fixed(5, 1), name: 'Święto Pracy' },
    { date: fixed(5, 3), name: 'Święto Konstytucji 3 Maja' },
    { date: plus(49), name: 'Zielone Świątki' },
    { date: plus(60), name: 'Boże Ciało' },
    { date: fixed(8, 15), name: 'Wniebowzięcie Najświętszej Maryi Panny' },
    { date: fixed(11, 1), name: 'Wszystkich Świętych' },
    { date: fixed(11, 11), name: 'Narodowe Święto Niepodległości' },
    ...(year >= 2025 ? [{ date: fixed(12, 24), name: 'Wigilia Bożego Narodzenia' }] : []),
    { date: fixed(12, 25), name: 'Boże Narodzenie (pierwszy dzień)' },
    { date: fixed(12, 26), name: 'Boże Narodzenie (drugi dzień)' },
  ];
  return list.sort((x, y) => x.date.localeCompare(y.date));
}

const cache = new Map<number, Set<string>>();

export function isPolishHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let set = cache.get(year);
  if (!set) cache.set(year, (set = new Set(polishHolidays(year).map((h) => h.date))));
  return set.has(date);
}
