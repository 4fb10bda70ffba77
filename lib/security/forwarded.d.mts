export declare const CLIENT_ADDRESS_HEADER: 'x-pobyt-client-address';
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; count: number } | { kind: 'list'; list: import('node:net').BlockList };
export declare function parseTrustedProxies(value: string | undefined): TrustedProxies;
export declare function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null;
