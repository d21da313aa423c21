/** Image types a report logo may be. */
export type LogoImageType = 'png' | 'jpeg';

/** What an image's header says: its type and its size in pixels. */
export interface ImageHeader {
  type: LogoImageType;
  width: number;
  height: number;
}

/**
 * The largest logo a report accepts: pixels a side, and pixels in all. The cover draws it at most 140 × 52
 * points (580 × 220 pixels at 300 dpi), so this is generous; the budget bounds decoding, which costs about
 * 3 s for 2048 × 2048 pixels (a 470 KB PNG of 11000 × 11000 pixels made every report take 82 s and 1.8 GB).
 */
export const LOGO_LIMITS = { side: 4096, pixels: 2048 * 2048 } as const;

/** The outcome of reading an image header: the header, or why it cannot be used. */
export type ImageHeaderResult = { ok: true; header: ImageHeader } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const NOT_AN_IMAGE = 'is not a PNG or JPEG image';

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) => (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;

/** The image type from the first bytes (PNG signature, or JPEG's FF D8 FF), or undefined. */
export function sniffImageType(bytes: Uint8Array): LogoImageType | undefined {
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((v, i) => bytes[i] === v)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

function pngHeader(b: Uint8Array): ImageHeaderResult {
  // The IHDR chunk comes first: length (13), "IHDR", width, height.
  if (b.length < 24 || u32(b, 8) !== 13 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR')
    return { ok: false, message: 'is a damaged PNG image (its header is missing)' };
  return { ok: true, header: { type: 'png', width: u32(b, 16), height: u32(b, 20) } };
}

// Start-of-frame markers carry the size: C0-CF except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
// Markers without a length field: TEM, RST0-7.
const isStandalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

function jpegHeader(b: Uint8Array): ImageHeaderResult {
  const damaged: ImageHeaderResult = { ok: false, message: 'is a damaged JPEG image (no frame header before its data)' };
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return damaged;
    while (b[i] === 0xff) i++; // fill bytes
    const marker = b[i] ?? 0;
    i++;
    if (isStandalone(marker)) continue;
    if (marker === 0xd9 || marker === 0xda) return damaged; // end of image, or scan data before any frame
    if (i + 2 > b.length) return damaged;
    const length = u16(b, i);
    if (length < 2) return damaged;
    if (isStartOfFrame(marker)) {
      if (i + 7 > b.length) return damaged;
      return { ok: true, header: { type: 'jpeg', height: u16(b, i + 3), width: u16(b, i + 5) } };
    }
    i += length;
  }
  return damaged;
}

/** Reads a PNG's IHDR or a JPEG's start-of-frame, without decoding the image. */
export function readImageHeader(bytes: Uint8Array): ImageHeaderResult {
  const type = sniffImageType(bytes);
  if (type === 'png') return pngHeader(bytes);
  if (type === 'jpeg') return jpegHeader(bytes);
  return { ok: false, message: NOT_AN_IMAGE };
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Checks an image for use as a report logo: PNG or JPEG, a readable header, and a size within
 * {@link LOGO_LIMITS}. The message completes a sentence that starts with the file's name.
 */
export function checkLogo(bytes: Uint8Array): ImageHeaderResult {
  const read = readImageHeader(bytes);
  if (!read.ok) return read;
  const { width, height } = read.header;
  if (width === 0 || height === 0) return { ok: false, message: `is a damaged image (it claims ${width} × ${height} pixels)` };
  if (width > LOGO_LIMITS.side || height > LOGO_LIMITS.side || width * height > LOGO_LIMITS.pixels)
    return {
      ok: false,
      message:
        `is ${count(width)} × ${count(height)} pixels; a logo may be at most ${count(LOGO_LIMITS.side)} pixels a side ` +
        `and ${count(LOGO_LIMITS.pixels)} pixels in all (such as 2,048 × 2,048)`,
    };
  return read;
}
