/**
 * Page references as letters write them: "76-79", "91, 78-80, 124", "78, 91", "326".
 */
import type { PageRange } from '../../domain/determination.js';

const PAGE_OR_RANGE = /(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/g;

/** Every page and range in `text`, in the order written; a reversed range is kept as two ends in order. */
export function parsePageList(text: string): PageRange[] {
  const pages: PageRange[] = [];
  for (const match of text.matchAll(PAGE_OR_RANGE)) {
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    pages.push(start <= end ? { start, end } : { start: end, end: start });
  }
  return pages;
}
