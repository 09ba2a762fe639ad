/** What a test can check in a PNG without decoding it: the signature and the IHDR chunk's size. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG spec puts first, right after the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number; chunk: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = new TextDecoder().decode(bytes.subarray(12, 16));
  return { width: view.getUint32(16), height: view.getUint32(20), chunk };
}
