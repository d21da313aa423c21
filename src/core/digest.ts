import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

const encoder = new TextEncoder();

/** Computes the hex SHA-256 of bytes. The pure-JS default runs anywhere; Node passes its native one. */
export type Sha256Hex = (bytes: Uint8Array) => string;

/** Hex SHA-256 in pure JS (no node:crypto in src/core), so the window and Node hash alike. */
export const pureSha256Hex: Sha256Hex = (bytes) => bytesToHex(sha256(bytes));

/** Hex SHA-256 of a string's UTF-8 bytes, or of bytes. */
export function sha256Hex(text: string | Uint8Array, hash: Sha256Hex = pureSha256Hex): string {
  return hash(typeof text === 'string' ? encoder.encode(text) : text);
}

/** The integrity value of a payload: "sha256:" and the hex digest of its canonical JSON. */
export function payloadDigest(payload: unknown, hash: Sha256Hex = pureSha256Hex): string {
  return `sha256:${sha256Hex(canonicalJson(payload), hash)}`;
}
