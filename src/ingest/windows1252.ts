// Windows-1252 decoding. Node's TextDecoder('windows-1252') decodes 0x80–0x9F as
// C1 controls (i.e. as Latin-1), so the 32 code points that differ are mapped here
// (table from the WHATWG Encoding Standard, index-windows-1252).

/** Code points for bytes 0x80..0x9F; -1 marks the five bytes Windows-1252 leaves undefined. */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

/** Decode; returns null when a byte is undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
export function decodeWindows1252(buf: Uint8Array): string | null {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < buf.length; i += CHUNK) {
    const codes: number[] = [];
    const stop = Math.min(buf.length, i + CHUNK);
    for (let j = i; j < stop; j++) {
      const b = buf[j];
      if (b >= 0x80 && b <= 0x9f) {
        const cp = HIGH_CONTROL_RANGE[b - 0x80];
        if (cp < 0) return null;
        codes.push(cp);
      } else {
        codes.push(b);
      }
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
