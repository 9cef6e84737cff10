/**
 * Printed lines of a paragraph, as a letter's PDF wraps them: greedy, at spaces only (a line
 * never ends inside a word, so no reader has to decide whether a trailing hyphen joins words).
 * Paragraphs are written with single spaces; this runs on every paragraph, so it cuts by index.
 */
export function wrapParagraph(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (text.length - start > width) {
    // The last space at or before the width ends the line; a word longer than the line stands alone.
    let cut = text.lastIndexOf(' ', start + width);
    if (cut <= start) cut = text.indexOf(' ', start + width);
    if (cut < 0) break;
    lines.push(text.slice(start, cut));
    start = cut + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}
