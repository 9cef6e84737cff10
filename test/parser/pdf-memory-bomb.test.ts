/**
 * A decompression bomb: PDFium stops at its 2 GB memory limit, and the next letter must still read.
 * In a file of its own, so the gigabytes the bomb leaves go when its worker process ends.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../src/parser/pdf-text.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');

describe('extractPdfText on a decompression bomb', () => {
  it(
    'refuses a 37 KB PDF that inflates to 3 GB with a typed error, and reads the next letter on a new PDFium instance',
    async () => {
      // Prepare: a content stream compressed twice over; inside, 3 GB of zero bytes.
      const bomb = pdfWithContent(deflateSync(zlibOfZeros(3_000_000_000), { level: 9 }), '[/FlateDecode /FlateDecode]');
      expect(bomb.length).toBeLessThan(64 * 1024);
      const letter = new Uint8Array(readFileSync(path.join(SAMPLES, '000_0134393615b26c1c.pdf')));

      // Act
      const refused = await extractPdfText(bomb);
      const next = await extractPdfText(letter);

      // Assess
      expect(refused.success ? 'read' : refused.error.code).toBe('UNSUPPORTED_DOCUMENT');
      expect(refused.success ? '' : refused.error.message).toMatch(/more memory/);
      expect(next.success && next.text).toContain('CLINICAL CASE SUMMARY');
    },
    180_000,
  );
});

/**
 * A zlib stream that inflates to `length` zero bytes, written out by hand: one block of fixed
 * Huffman codes, a literal 0 and then "copy 258 bytes from 1 back" over and over. Eight copies
 * take 104 bits, 13 whole bytes, so the body is one 13-byte pattern tiled (19 MB for 3 GB).
 * (zlib itself would have to be fed the 3 GB.) The Adler-32 at the end is left zero: the reader
 * runs out of memory long before it checks it.
 */
function zlibOfZeros(length: number): Buffer {
  const bytes: number[] = [0x78, 0x01];
  let pending = 0;
  let pendingBits = 0;
  const write = (value: number, bitCount: number) => {
    for (let i = 0; i < bitCount; i++) {
      pending |= ((value >> i) & 1) << pendingBits;
      if (++pendingBits === 8) {
        bytes.push(pending);
        pending = 0;
        pendingBits = 0;
      }
    }
  };
  // Huffman codes go most significant bit first; everything else least significant first.
  const writeCode = (code: number, bitCount: number) => {
    let reversed = 0;
    for (let i = 0; i < bitCount; i++) reversed |= ((code >> i) & 1) << (bitCount - 1 - i);
    write(reversed, bitCount);
  };
  const LITERAL_ZERO = 0b00110000;
  const LENGTH_258 = 0b11000101;
  const DISTANCE_1 = 0b00000;
  write(1, 1); // the last block
  write(1, 2); // fixed Huffman codes
  writeCode(LITERAL_ZERO, 8);
  const head = Buffer.from(bytes.splice(0));
  for (let i = 0; i < 8; i++) {
    writeCode(LENGTH_258, 8);
    writeCode(DISTANCE_1, 5);
  }
  const pattern = Buffer.from(bytes.splice(0));
  const copies = Math.ceil(length / 258 / 8);
  const body = Buffer.alloc(pattern.length * copies);
  for (let i = 0; i < copies; i++) pattern.copy(body, i * pattern.length);
  writeCode(0, 7); // end of block
  if (pendingBits) bytes.push(pending);
  return Buffer.concat([head, body, Buffer.from(bytes), Buffer.alloc(4)]);
}

/** A one-page PDF whose content stream is `content`, decoded by `filter`. */
function pdfWithContent(content: Buffer, filter: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} /Filter ${filter} >>\nstream\n${content.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
