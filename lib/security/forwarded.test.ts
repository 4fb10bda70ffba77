import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from './forwarded.mjs';

describe('the client address behind TRUSTED_PROXIES', () => {
  it('without a trusted proxy, takes the socket and ignores whatever X-Forwarded-For the client wrote', () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientAddress('198.51.100.7', '1.2.3.4', none)).toBe('198.51.100.7');
    expect(resolveClientAddress('::ffff:198.51.100.7', '1.2.3.4, 5.6.7.8', none)).toBe('198.51.100.7');
    expect(resolveClientAddress('198.51.100.7', undefined, parseTrustedProxies(''))).toBe('198.51.100.7');
  });

  it('with a hop count, takes the address the first proxy appended, not what the client put before it', () => {
    const one = parseTrustedProxies('1');
    expect(resolveClientAddress('10.0.0.2', '203.0.113.9', one)).toBe('203.0.113.9');
    // A forged first hop stays to the left of what the proxy appended.
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9', one)).toBe('203.0.113.9');
    const two = parseTrustedProxies('2');
    expect(resolveClientAddress('10.0.0.3', '6.6.6.6, 203.0.113.9, 10.0.0.2', two)).toBe('203.0.113.9');
    // Fewer hops than proxies (a request that bypassed one): the leftmost real hop, never beyond.
    expect(resolveClientAddress('10.0.0.3', undefined, two)).toBe('10.0.0.3');
  });

  it('with a list, walks X-Forwarded-For from the right while the hop is a trusted proxy', () => {
    const list = parseTrustedProxies('10.0.0.0/8, 192.0.2.7, fd00::/8');
    expect(resolveClientAddress('10.1.1.1', '6.6.6.6, 203.0.113.9, 192.0.2.7', list)).toBe('203.0.113.9');
    // A request straight from the internet: its X-Forwarded-For is not trusted at all.
    expect(resolveClientAddress('198.51.100.7', '10.0.0.9', list)).toBe('198.51.100.7');
    expect(resolveClientAddress('fd00::1', '2001:db8::5', list)).toBe('2001:db8::5');
    // Garbage in the header is skipped, not taken as an address.
    expect(resolveClientAddress('10.1.1.1', 'not-an-ip, 203.0.113.9', list)).toBe('203.0.113.9');
  });

  it('refuses a malformed setting instead of guessing', () => {
    expect(() => parseTrustedProxies('proxy.example')).toThrow(/TRUSTED_PROXIES/);
  });
});
