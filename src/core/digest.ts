import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

const encoder = new TextEncoder();

/** Hex SHA-256 of a string's UTF-8 bytes (pure JS, so it runs in the window and in Node alike). */
export function sha256Hex(text: string | Uint8Array): string {
  return bytesToHex(sha256(typeof text === 'string' ? encoder.encode(text) : text));
}

/** The integrity value of a payload: "sha256:" and the hex digest of its canonical JSON. */
export function payloadDigest(payload: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(payload))}`;
}
