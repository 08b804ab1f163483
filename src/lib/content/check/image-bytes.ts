/** The raster formats the site publishes, as told by a file's first bytes. */
export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

/** What a file's bytes are: one of the raster formats, markup (SVG, XML, HTML), or something else. */
export type SniffedKind = ImageKind | 'markup' | 'unknown';

/** A picture's size in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** Names editors know the formats by. */
export const KIND_NAMES: Record<ImageKind, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  avif: 'AVIF',
};

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** AVIF's ISO-BMFF brands (still image, image sequence). */
const AVIF_BRANDS = new Set(['avif', 'avis']);
/** Text that opens markup: an XML declaration, a doctype, a comment, or an `svg`/`html` element. */
const MARKUP_START = /^[\s\uFEFF]*<(\?xml|!doctype|!--|svg|html)/i;

/** Whether an ISO-BMFF file (`ftyp` box first) names an AVIF brand, as major or compatible brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return false;
  const boxEnd = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length);
  if (AVIF_BRANDS.has(ascii(bytes, 8, 4))) return true;
  for (let at = 16; at + 4 <= boxEnd; at += 4) if (AVIF_BRANDS.has(ascii(bytes, at, 4))) return true;
  return false;
}

/** Tells a file's format from its first bytes (its "magic"), whatever its name says. */
export function sniffImage(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (isAvif(bytes)) return 'avif';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
  if (MARKUP_START.test(head) || /<svg[\s>]/i.test(head)) return 'markup';
  return 'unknown';
}

/** A JPEG's size from its first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // image data or end before any frame
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

/** A WebP's size from its first chunk: lossy (`VP8 `), lossless (`VP8L`) or extended (`VP8X`). */
function webpSize(bytes: Uint8Array, view: DataView): ImageSize | undefined {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    return { width: u24(24) + 1, height: u24(27) + 1 };
  }
  return undefined;
}

/** Where the top-level `meta` box of an ISO-BMFF file lies, as [start, end). */
function metaBox(bytes: Uint8Array, view: DataView): [number, number] | undefined {
  for (let at = 0; at + 8 <= bytes.length; ) {
    const declared = view.getUint32(at);
    const header = declared === 1 ? 16 : 8;
    const size = declared === 0 ? bytes.length - at : declared === 1 ? Number(view.getBigUint64(at + 8)) : declared;
    if (size < header) return undefined;
    if (ascii(bytes, at + 4, 4) === 'meta') return [at + header, Math.min(at + size, bytes.length)];
    at += size;
  }
  return undefined;
}

/**
 * An AVIF's size: the largest of the `ispe` (image spatial extent) properties in its `meta` box, so
 * that a small thumbnail or alpha plane cannot hide a huge main image.
 */
function avifSize(bytes: Uint8Array, view: DataView): ImageSize | undefined {
  const meta = metaBox(bytes, view);
  if (!meta) return undefined;
  let size: ImageSize | undefined;
  for (let at = meta[0]; at + 16 <= meta[1]; at += 1) {
    if (bytes[at] !== 0x69 || ascii(bytes, at, 4) !== 'ispe') continue;
    const width = view.getUint32(at + 8);
    const height = view.getUint32(at + 12);
    if (!size || width * height > size.width * size.height) size = { width, height };
  }
  return size;
}

/**
 * Reads a picture's width and height from its header bytes, without decoding it; `undefined` when the
 * header is missing or damaged.
 */
export function readImageSize(bytes: Uint8Array, kind: ImageKind): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (kind) {
    case 'png':
      return bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR'
        ? { width: view.getUint32(16), height: view.getUint32(20) }
        : undefined;
    case 'gif':
      return bytes.length >= 10 ? { width: view.getUint16(6, true), height: view.getUint16(8, true) } : undefined;
    case 'jpeg':
      return jpegSize(bytes, view);
    case 'webp':
      return webpSize(bytes, view);
    case 'avif':
      return avifSize(bytes, view);
  }
}
