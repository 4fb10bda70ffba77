import { describe, expect, it } from 'vitest';
import { checkInTiming, compareCallOrder, normalizeReservationCode, ticketLabel, type Waiting } from './rules';

describe('ticket labels', () => {
  it('are the service letter and three digits', () => {
    expect(ticketLabel('A', 1)).toBe('A001');
    expect(ticketLabel('c', 23)).toBe('C023');
    expect(ticketLabel('B', 999)).toBe('B999');
  });
  it('keep counting past 999 rather than wrapping to a number already on the board', () => {
    expect(ticketLabel('A', 1000)).toBe('A1000');
  });
  it('refuse numbers that no counter produces', () => {
    expect(() => ticketLabel('A', 0)).toThrow(RangeError);
    expect(() => ticketLabel('A', 1.5)).toThrow(RangeError);
  });
});

describe('reservation codes typed or scanned at the kiosk', () => {
  it.each([
    ['R-ACD347', 'R-ACD347'],
    ['r-acd347', 'R-ACD347'],
    ['  R ACD 347 ', 'R-ACD347'],
    ['RACD347', 'R-ACD347'],
    ['R–ACD–347', 'R-ACD347'],
    ['acd347', 'R-ACD347'],
    ['https://pobyt.example/pl/account/reservations/R-ACD347', 'R-ACD347'],
  ])('%j → %s', (raw, code) => expect(normalizeReservationCode(raw)).toBe(code));
  it.each(['', 'R-ACD34', 'R-ACD3477', 'hello world', '12345'])('%j is not a code', (raw) => expect(normalizeReservationCode(raw)).toBeNull());
});

describe('check-in window', () => {
  const start = new Date('2026-03-10T09:00:00Z');
  const at = (min: number) => new Date(start.getTime() + min * 60_000);
  it('opens 30 minutes before the slot and closes after the grace minutes, both ends included', () => {
    expect(checkInTiming(start, 10, at(-31)).verdict).toBe('early');
    expect(checkInTiming(start, 10, at(-30)).verdict).toBe('on_time');
    expect(checkInTiming(start, 10, at(0)).verdict).toBe('on_time');
    expect(checkInTiming(start, 10, at(10)).verdict).toBe('on_time');
    expect(checkInTiming(start, 10, at(10.01)).verdict).toBe('late');
    expect(checkInTiming(start, 0, at(1)).verdict).toBe('late');
  });
  it('says from when check-in is possible', () => {
    expect(checkInTiming(start, 15, at(-120))).toEqual({ verdict: 'early', opensAt: at(-30), closesAt: at(15) });
  });
});

describe('calling order', () => {
  const t = (id: number, kind: Waiting['kind'], issued: string, appointment?: string): Waiting => ({
    id,
    kind,
    issuedAt: new Date(`2026-03-10T${issued}:00Z`),
    appointmentAt: appointment ? new Date(`2026-03-10T${appointment}:00Z`) : null,
  });
  it('calls reserved tickets first by appointment time, then walk-ins by arrival', () => {
    const tickets = [
      t(1, 'walk_in', '08:00'),
      t(2, 'reserved', '08:40', '09:30'),
      t(3, 'walk_in', '08:05'),
      t(4, 'reserved', '08:50', '09:00'),
      t(5, 'reserved', '08:30', '09:30'),
    ];
    expect([...tickets].sort(compareCallOrder).map((x) => x.id)).toEqual([4, 5, 2, 1, 3]);
  });
  it('breaks a tie in issue time by ticket id', () => {
    expect([t(9, 'walk_in', '08:00'), t(7, 'walk_in', '08:00')].sort(compareCallOrder).map((x) => x.id)).toEqual([7, 9]);
  });
});
