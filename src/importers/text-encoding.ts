/**
 * The text of a file a school system or spreadsheet saved, whatever its encoding: UTF-8 (with or
 * without a byte-order mark), UTF-16 with its byte-order mark (Excel's "Unicode text"), and
 * otherwise Windows-1252 (Excel's "CSV" on Windows in the Americas and Western Europe, where
 * "Español" is not valid UTF-8). Decoding such a file as UTF-8 would silently turn every accented
 * letter into U+FFFD.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // ignoreBOM: the BOM stays in the text, where the CSV readers drop it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/**
 * Windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €, …); 0 where the code page leaves a byte
 * undefined, which is then read as Latin-1, as WHATWG does. Written out because Node's own
 * 'windows-1252' decoder reads these bytes as Latin-1 control characters on some versions.
 */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function windows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    codes[i] = byte >= 0x80 && byte < 0xa0 ? HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192)
    text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}
