import { describe, expect, it } from 'vitest';
import { checkLogo, readImageHeader, sniffImageType } from '../../src/core/image-header';
import { jpegHead, pngBomb, pngImage } from '../support/images';

describe('image headers', () => {
  it('reads the size of a PNG from its IHDR and of a JPEG from its start-of-frame, without decoding', () => {
    expect(readImageHeader(pngImage(3, 2))).toEqual({ ok: true, header: { type: 'png', width: 3, height: 2 } });
    expect(readImageHeader(jpegHead(640, 480))).toEqual({ ok: true, header: { type: 'jpeg', width: 640, height: 480 } });
  });

  it('finds the JPEG frame header behind other segments and fill bytes', () => {
    const head = jpegHead(800, 600);
    const comment = Buffer.from([0xff, 0xff, 0xfe, 0x00, 0x05, 0x68, 0x69, 0x21]);
    const withComment = Buffer.concat([head.subarray(0, 20), comment, head.subarray(20)]);
    expect(readImageHeader(withComment)).toEqual({ ok: true, header: { type: 'jpeg', width: 800, height: 600 } });
  });

  it('agrees on what a JPEG is: FF D8 FF, not FF D8 alone', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0x00, 0x00]))).toBeUndefined();
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0x00, 0x00]))).toEqual({ ok: false, message: 'is not a PNG or JPEG image' });
  });

  it('refuses decompression bombs and oversized claims by their header', () => {
    expect(checkLogo(pngBomb(11000, 11000))).toEqual({
      ok: false,
      message: 'is 11,000 × 11,000 pixels; a logo may be at most 4,096 pixels a side and 4,194,304 pixels in all (such as 2,048 × 2,048)',
    });
    expect(checkLogo(jpegHead(65500, 65500))).toEqual({
      ok: false,
      message: 'is 65,500 × 65,500 pixels; a logo may be at most 4,096 pixels a side and 4,194,304 pixels in all (such as 2,048 × 2,048)',
    });
    expect(checkLogo(jpegHead(2048, 2048)).ok).toBe(true);
    expect(checkLogo(jpegHead(4096, 1024)).ok).toBe(true);
    expect(checkLogo(jpegHead(4097, 10))).toMatchObject({ ok: false, message: /^is 4,097 × 10 pixels;/ });
    expect(checkLogo(jpegHead(2049, 2048))).toMatchObject({ ok: false, message: /^is 2,049 × 2,048 pixels;/ });
  });

  it('refuses damaged headers with a reason', () => {
    const png = pngImage(2, 2);
    expect(checkLogo(png.subarray(0, 12))).toEqual({ ok: false, message: 'is a damaged PNG image (its header is missing)' });
    expect(checkLogo(jpegHead(0, 10))).toEqual({ ok: false, message: 'is a damaged image (it claims 0 × 10 pixels)' });
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]))).toEqual({
      ok: false,
      message: 'is a damaged JPEG image (no frame header before its data)',
    });
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff]))).toMatchObject({ ok: false });
  });
});
