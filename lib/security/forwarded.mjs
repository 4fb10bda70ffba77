// @ts-check
// Plain JavaScript: server.mjs loads it before Next (and any TypeScript loader) runs.
import { BlockList, isIP } from 'node:net';

/** The private header the server sets for the app; a copy sent by the client is dropped first. */
export const CLIENT_ADDRESS_HEADER = 'x-pobyt-client-address';

/**
 * @typedef {{ kind: 'none' } | { kind: 'hops', count: number } | { kind: 'list', list: BlockList }} TrustedProxies
 */

/** Strips the IPv4-mapped prefix, so "::ffff:10.0.0.1" and "10.0.0.1" are one address. */
const plain = (/** @type {string} */ a) => a.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * TRUSTED_PROXIES: unset or empty — no proxy, the socket's address is the client;
 * a number N — N reverse proxies in front, each appending the address it saw to
 * X-Forwarded-For; a list of addresses or CIDR ranges ("10.0.0.0/8, 192.0.2.7")
 * — X-Forwarded-For is read from the right as long as the hop is one of them.
 * @param {string | undefined} value
 * @returns {TrustedProxies}
 */
export function parseTrustedProxies(value) {
  const v = (value ?? '').trim();
  if (!v) return { kind: 'none' };
  if (/^\d+$/.test(v)) return { kind: 'hops', count: Number(v) };
  const list = new BlockList();
  for (const entry of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split('/');
    const family = isIP(plain(address ?? ''));
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(plain(address ?? ''), type);
    else list.addSubnet(plain(address ?? ''), Number(prefix), type);
  }
  return { kind: 'list', list };
}

/**
 * The client's address: the socket's, or the hop that the trusted proxies vouch for.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {TrustedProxies} trusted
 * @returns {string | null}
 */
export function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  const socket = socketAddress ? plain(socketAddress) : null;
  if (trusted.kind === 'none' || !socket) return socket;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = raw.split(',').map(plain).filter((h) => isIP(h));
  if (trusted.kind === 'hops') {
    // The socket is the last proxy; the count-th hop from the right was appended by the first one.
    const chain = [...hops, socket];
    return chain[Math.max(0, chain.length - 1 - trusted.count)] ?? socket;
  }
  let address = socket;
  while (hops.length && trusted.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')) address = /** @type {string} */ (hops.pop());
  return address;
}
