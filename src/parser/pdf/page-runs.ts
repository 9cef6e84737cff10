/**
 * One PDFium text page → its text runs: consecutive glyphs on one baseline, read character by
 * character (position, advance, size) so the line rebuilding can place them.
 *
 * PDFium's own text (FPDFText_GetText) is in content-stream order with its guessed spaces and
 * line breaks; we take only its characters and measure gaps ourselves, so that a column gap stays
 * three spaces and a wrapped table cell does not split the line beside it (see page-lines.ts).
 * Each character costs a few calls into wasm, which are cheap next to PDFium's own work on the page.
 *
 * Only glyphs whose origin lies on the visible page count, as in every viewer and as pdf.js read
 * them: text placed outside the page (PDFium keeps it) is not part of the letter anyone sees, and
 * a hostile file can pile any amount of it there.
 */
import { BASELINE_TOLERANCE_EM, COLUMN_GAP_EM, usableSize, WORD_GAP_EM, type TextRun } from './page-lines.js';
import type { Pdfium } from './pdfium.js';

const SPACE = 0x20;
/** PDFium reports a hyphen that ends a line as U+0002 (its mark for a hyphen a reader may join); the file holds a plain "-". */
const LINE_END_HYPHEN = 0x02;
const HYPHEN = 0x2d;
/** Glyphs further left than this (in font sizes) of where the run has reached start a new run: text drawn back over itself. */
const BACKWARDS_EM = 0.5;

/** Glyphs this close outside the page still count (rounding in producers' coordinates). */
const PAGE_EDGE_TOLERANCE = 1;

/** The visible page, in the page's own coordinates (PDF points, y upwards). */
export interface PageBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** The part of the page a viewer shows: the crop box within the media box (the media box alone when there is no crop box). */
export function visibleBox(pdfium: Pdfium, page: number): PageBox | undefined {
  const at = pdfium.scratch;
  const read = (getBox: typeof pdfium.exports.FPDFPage_GetMediaBox): PageBox | undefined => {
    if (!getBox(page, at, at + 4, at + 8, at + 12)) return undefined;
    const view = pdfium.view();
    const [x1, y1, x2, y2] = [0, 4, 8, 12].map((offset) => view.getFloat32(at + offset, true)) as [number, number, number, number];
    return { left: Math.min(x1, x2), bottom: Math.min(y1, y2), right: Math.max(x1, x2), top: Math.max(y1, y2) };
  };
  const media = read(pdfium.exports.FPDFPage_GetMediaBox);
  const crop = read(pdfium.exports.FPDFPage_GetCropBox);
  if (!media || !crop) return media ?? crop;
  return { left: Math.max(media.left, crop.left), bottom: Math.max(media.bottom, crop.bottom), right: Math.min(media.right, crop.right), top: Math.min(media.top, crop.top) };
}

/** Characters that carry no glyph of their own: PDFium's generated line breaks, and spacing we measure instead. */
function isBlank(code: number): boolean {
  return code === SPACE || code === 0x0d || code === 0x0a || code === 0x09 || code === 0xa0 || code === 0 || code === 0xfffe || code === 0xffff;
}

/** The page's runs; with `box`, only glyphs on it (see above). */
export function pageRuns(pdfium: Pdfium, textPage: number, box?: PageBox): TextRun[] {
  const minX = (box?.left ?? -Infinity) - PAGE_EDGE_TOLERANCE;
  const maxX = (box?.right ?? Infinity) + PAGE_EDGE_TOLERANCE;
  const minY = (box?.bottom ?? -Infinity) - PAGE_EDGE_TOLERANCE;
  const maxY = (box?.top ?? Infinity) + PAGE_EDGE_TOLERANCE;
  const pdf = pdfium.exports;
  const at = pdfium.scratch;
  const count = pdf.FPDFText_CountChars(textPage);
  const runs: TextRun[] = [];
  // The open run, in locals and UTF-16 code units rather than an object and a growing string:
  // this loop runs once per character of every letter.
  const codes: number[] = [];
  let runX = 0;
  let runY = 0;
  let runEndX = 0;
  let runFontSize = 1;
  let runSize = 1;
  /** The previous glyph was followed by a space character the file itself holds. */
  let isSpaced = false;
  const closeRun = () => {
    runs.push({ text: fromCodes(codes), x: runX, y: runY, endX: runEndX, fontSize: runFontSize });
    codes.length = 0;
  };

  for (let index = 0; index < count; index++) {
    let code = pdf.FPDFText_GetUnicode(textPage, index);
    if (isBlank(code)) {
      // PDFium inserts spaces of its own where it sees a gap (IsGenerated); those we measure ourselves.
      if (code === SPACE && codes.length && pdf.FPDFText_IsGenerated(textPage, index) === 0) isSpaced = true;
      continue;
    }
    if (code === LINE_END_HYPHEN) code = HYPHEN;
    pdf.FPDFText_GetCharOrigin(textPage, index, at, at + 8);
    pdf.FPDFText_GetLooseCharBox(textPage, index, at + 16);
    const view = pdfium.view();
    const x = view.getFloat64(at, true);
    const y = view.getFloat64(at + 8, true);
    const right = view.getFloat32(at + 24, true);
    // Written as a negation so that a NaN position (a damaged file) is off the page too.
    if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) continue;

    if (codes.length) {
      const gapEm = (x - runEndX) / runSize;
      const isSameRun = Math.abs(y - runY) <= BASELINE_TOLERANCE_EM * runSize && gapEm > -BACKWARDS_EM && gapEm < COLUMN_GAP_EM;
      if (isSameRun) {
        if (isSpaced || gapEm >= WORD_GAP_EM) codes.push(SPACE);
        pushCode(codes, code);
        if (right > runEndX) runEndX = right;
        isSpaced = false;
        continue;
      }
      closeRun();
    }
    runX = x;
    runY = y;
    runEndX = Math.max(x, right);
    runFontSize = fontSize(pdfium, textPage, index);
    runSize = usableSize(runFontSize);
    pushCode(codes, code);
    isSpaced = false;
  }
  if (codes.length) closeRun();
  return runs;
}

function pushCode(codes: number[], code: number): void {
  if (code > 0xffff) codes.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
  else codes.push(code);
}

/** Code units → string, in slices: one call with a hostile file's million arguments would overflow the stack. */
function fromCodes(codes: readonly number[]): string {
  const SLICE = 8192;
  if (codes.length <= SLICE) return String.fromCharCode(...codes);
  let text = '';
  for (let start = 0; start < codes.length; start += SLICE) text += String.fromCharCode(...codes.slice(start, start + SLICE));
  return text;
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
