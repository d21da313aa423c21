import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

const encoder = new TextEncoder();

/** The slice of node:crypto this module uses. */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(bytes: Uint8Array): { digest(encoding: 'hex'): string } };
}

// The hash is chosen once per runtime, here, so no caller can forget the fast one: under Node (the CLI,
// Electron main, the tests) Node's native SHA-256, an order of magnitude faster on large files; in the
// window, where there is no `process`, the pure-JS one. `getBuiltinModule` (Node 20.16+) reaches
// node:crypto without an import, which keeps src/core free of Node imports.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
  'node:crypto',
) as NodeCrypto | undefined;

/** Which SHA-256 this runtime uses: Node's native one, or the pure-JS one. */
export const SHA256_BACKEND: 'node' | 'js' = nodeCrypto ? 'node' : 'js';

/** Hex SHA-256 in pure JS; the same digest as the native one, which every runtime with Node uses instead. */
export function pureSha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

const hashHex: (bytes: Uint8Array) => string = nodeCrypto
  ? (bytes) => nodeCrypto.createHash('sha256').update(bytes).digest('hex')
  : pureSha256Hex;

/** Hex SHA-256 of a string's UTF-8 bytes, or of bytes. */
export function sha256Hex(text: string | Uint8Array): string {
  return hashHex(typeof text === 'string' ? encoder.encode(text) : text);
}

/** The integrity value of a payload: "sha256:" and the hex digest of its canonical JSON. */
export function payloadDigest(payload: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(payload))}`;
}
