import type { ServerResponse } from 'node:http';
export declare function inlineScriptHashes(html: string): string[];
export declare function withScriptHashes(policy: string, hashes: string[]): string;
export declare function decodeBody(body: Buffer, encoding: unknown): string;
export declare function hashInlineScriptsOf(res: ServerResponse, onError: (error: unknown) => void): void;
