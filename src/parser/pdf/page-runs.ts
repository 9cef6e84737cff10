/**
 * One PDFium text page → its text runs: consecutive glyphs on one baseline, read character by
 * character (position, advance, size) so the line rebuilding can place them.
 *
 * PDFium's own text (FPDFText_GetText) is in content-stream order with its guessed spaces and
 * line breaks; we take only its characters and measure gaps ourselves, so that a column gap stays
 * three spaces and a wrapped table cell does not split the line beside it (see page-lines.ts).
 * Each character costs a few calls into wasm, which are cheap next to PDFium's own work on the page.
 */
import { BASELINE_TOLERANCE_EM, COLUMN_GAP_EM, usableSize, WORD_GAP_EM, type TextRun } from './page-lines.js';
import type { Pdfium } from './pdfium.js';

const SPACE = 0x20;
/** PDFium reports a hyphen that ends a line as U+0002 (its mark for a hyphen a reader may join); the file holds a plain "-". */
const LINE_END_HYPHEN = 0x02;
/** Glyphs further left than this (in font sizes) of where the run has reached start a new run: text drawn back over itself. */
const BACKWARDS_EM = 0.5;

/** Characters that carry no glyph of their own: PDFium's generated line breaks, and spacing we measure instead. */
function isBlank(code: number): boolean {
  return code === SPACE || code === 0x0d || code === 0x0a || code === 0x09 || code === 0xa0 || code === 0 || code === 0xfffe || code === 0xffff;
}

export function pageRuns(pdfium: Pdfium, textPage: number): TextRun[] {
  const pdf = pdfium.exports;
  const at = pdfium.scratch;
  const count = pdf.FPDFText_CountChars(textPage);
  const runs: TextRun[] = [];
  let run: TextRun | undefined;
  /** The previous glyph was followed by a space character the file itself holds. */
  let isSpaced = false;

  for (let index = 0; index < count; index++) {
    const code = pdf.FPDFText_GetUnicode(textPage, index);
    if (isBlank(code)) {
      // PDFium inserts spaces of its own where it sees a gap (IsGenerated); those we measure ourselves.
      if (code === SPACE && run && pdf.FPDFText_IsGenerated(textPage, index) === 0) isSpaced = true;
      continue;
    }
    pdf.FPDFText_GetCharOrigin(textPage, index, at, at + 8);
    pdf.FPDFText_GetLooseCharBox(textPage, index, at + 16);
    const view = pdfium.view();
    const x = view.getFloat64(at, true);
    const y = view.getFloat64(at + 8, true);
    const right = view.getFloat32(at + 24, true);
    const glyph = code === LINE_END_HYPHEN ? '-' : code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);

    if (run) {
      const size = usableSize(run.fontSize);
      const gapEm = (x - run.endX) / size;
      const isSameRun = Math.abs(y - run.y) <= BASELINE_TOLERANCE_EM * size && gapEm > -BACKWARDS_EM && gapEm < COLUMN_GAP_EM;
      if (isSameRun) {
        run.text += isSpaced || gapEm >= WORD_GAP_EM ? ` ${glyph}` : glyph;
        if (right > run.endX) run.endX = right;
        isSpaced = false;
        continue;
      }
      runs.push(run);
    }
    run = { text: glyph, x, y, endX: Math.max(x, right), fontSize: fontSize(pdfium, textPage, index) };
    isSpaced = false;
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * The glyph's size on the page: the font size (Tf) scaled by the text matrix, as producers that
 * write "1 Tf" and scale the matrix instead would otherwise read as 1 pt text.
 */
function fontSize(pdfium: Pdfium, textPage: number, index: number): number {
  const at = pdfium.scratch + 32;
  const size = pdfium.exports.FPDFText_GetFontSize(textPage, index);
  if (!pdfium.exports.FPDFText_GetMatrix(textPage, index, at)) return size;
  const view = pdfium.view();
  const scale = Math.hypot(view.getFloat32(at + 8, true), view.getFloat32(at + 12, true)) || Math.hypot(view.getFloat32(at, true), view.getFloat32(at + 4, true));
  return size * (scale || 1);
}
