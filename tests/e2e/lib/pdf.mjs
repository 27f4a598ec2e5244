// Reading printed PDFs with poppler-utils: the text of each page (pdftotext), the page count
// (pdfinfo) and pictures of the pages (pdftoppm) for a person to look at.
import { execFileSync } from 'node:child_process';

/** The text of each page, in reading order (pdftotext separates pages with a form feed). */
export function pdfPages(path) {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  if (pages.at(-1).trim() === '') pages.pop();
  return pages;
}

/** The number of pages pdfinfo reads. */
export function pdfPageCount(path) {
  return Number(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1]);
}

/** Renders every page to `${prefix}-N.png` at `dpi`. */
export function renderPages(path, prefix, dpi = 70) {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', path, prefix]);
}

/** All whitespace (no-break spaces included) as one space. */
export const squash = (s) => s.replace(/[\s\u00a0\u202f]+/g, ' ');
/** Without any whitespace: a hash cut at the end of a line is whole again. */
export const solid = (s) => s.replace(/[\s\u00a0\u202f]+/g, '');
