/**
 * PDFium (compiled to WebAssembly, from @embedpdf/pdfium) as the parser uses it: one instance per
 * process, made on the first PDF, and replaced after anything goes wrong inside it.
 *
 * The wasm module is read and compiled once, lazily: a process that never reads a PDF (most
 * GraphQL calls) never pays for its 4.5 MB. An instance is that compiled module with its own
 * memory. An abort (PDFium stops at its 2 GB memory limit on a decompression bomb) or a trap
 * leaves the instance's state undefined and its memory grown for good (wasm memory never
 * shrinks), so the instance is dropped and the next document gets a new one from the same
 * compiled module, which costs milliseconds, not a recompile.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The raw wasm exports we call (C signatures from PDFium's public headers; pointers are numbers). */
export interface PdfiumExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  PDFiumExt_Init(): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(document: number): void;
  FPDF_GetPageCount(document: number): number;
  FPDF_LoadPage(document: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  /** Write left, bottom, right, top (floats) at the four pointers; false when the page has no such box. */
  FPDFPage_GetMediaBox(page: number, left: number, bottom: number, right: number, top: number): number;
  FPDFPage_GetCropBox(page: number, left: number, bottom: number, right: number, top: number): number;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(textPage: number): void;
  FPDFText_CountChars(textPage: number): number;
  FPDFText_GetUnicode(textPage: number, index: number): number;
  FPDFText_IsGenerated(textPage: number, index: number): number;
  FPDFText_GetFontSize(textPage: number, index: number): number;
  /** Writes x, y (doubles) at the two pointers. */
  FPDFText_GetCharOrigin(textPage: number, index: number, x: number, y: number): number;
  /** Writes an FS_RECTF (left, top, right, bottom: floats) at the pointer; the box is the glyph's advance by the font's height. */
  FPDFText_GetLooseCharBox(textPage: number, index: number, rect: number): number;
  /** Writes an FS_MATRIX (a, b, c, d, e, f: floats) at the pointer: the character's text matrix on the page. */
  FPDFText_GetMatrix(textPage: number, index: number, matrix: number): number;
  /** Writes `count` characters from `start` as UTF-16 (plus a NUL) at the pointer; the benchmark's PDFium-alone ceiling reads pages this way. */
  FPDFText_GetText(textPage: number, start: number, count: number, utf16: number): number;
}

const EXPORT_NAMES = [
  'malloc',
  'free',
  'PDFiumExt_Init',
  'FPDF_LoadMemDocument',
  'FPDF_GetLastError',
  'FPDF_CloseDocument',
  'FPDF_GetPageCount',
  'FPDF_LoadPage',
  'FPDF_ClosePage',
  'FPDFPage_GetMediaBox',
  'FPDFPage_GetCropBox',
  'FPDFText_LoadPage',
  'FPDFText_ClosePage',
  'FPDFText_CountChars',
  'FPDFText_GetUnicode',
  'FPDFText_IsGenerated',
  'FPDFText_GetFontSize',
  'FPDFText_GetCharOrigin',
  'FPDFText_GetLooseCharBox',
  'FPDFText_GetMatrix',
  'FPDFText_GetText',
] as const satisfies ReadonlyArray<Exclude<keyof PdfiumExports, 'memory'>>;

/**
 * An instance's memory grows to what its largest document needed and stays there; past this, the
 * instance is replaced after the document so the process gives that memory back. Letters need a
 * few MB.
 */
const KEEP_INSTANCE_BELOW_BYTES = 256 * 1024 * 1024;

export class Pdfium {
  /** Scratch space for the values PDFium writes through pointers (a rectangle, a matrix, two doubles). */
  readonly scratch: number;
  #view: DataView;

  constructor(readonly exports: PdfiumExports) {
    this.scratch = exports.malloc(64);
    this.#view = new DataView(exports.memory.buffer);
  }

  /** The memory as it is now: a call that grows it replaces the buffer. */
  view(): DataView {
    if (this.#view.buffer !== this.exports.memory.buffer) this.#view = new DataView(this.exports.memory.buffer);
    return this.#view;
  }

  /** Copies bytes into PDFium's memory; the caller frees the pointer. */
  copyIn(bytes: Uint8Array): number {
    const pointer = this.exports.malloc(Math.max(1, bytes.length));
    if (pointer === 0) throw new PdfiumAbort('PDFium could not allocate memory for the file');
    new Uint8Array(this.exports.memory.buffer, pointer, bytes.length).set(bytes);
    return pointer;
  }

  /** A NUL-terminated Latin-1 string in PDFium's memory (a password); the caller frees it. */
  copyInString(value: string): number {
    const bytes = new Uint8Array(value.length + 1);
    for (let i = 0; i < value.length; i++) bytes[i] = value.charCodeAt(i) & 0xff;
    return this.copyIn(bytes);
  }

  get memoryBytes(): number {
    return this.exports.memory.buffer.byteLength;
  }
}

/** PDFium stopped (abort, trap, out of memory): its instance cannot be used again. */
export class PdfiumAbort extends Error {
  override readonly name = 'PdfiumAbort';
}

/** PDFium could not be loaded at all (its wasm file missing or not compilable here). */
export class PdfiumUnavailable extends Error {
  override readonly name = 'PdfiumUnavailable';
}

let compiled: Promise<WebAssembly.Module> | undefined;
let current: Promise<Pdfium> | undefined;
/** The instance `current` resolved to, so a discard takes effect before the next document asks. */
let made: Pdfium | undefined;

/** The wasm file, wherever @embedpdf/pdfium is installed (beside a Lambda bundle, it ships under node_modules; see cdk/finish-bundle.mjs). */
function wasmPath(): string {
  return createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm');
}

async function compile(): Promise<WebAssembly.Module> {
  return WebAssembly.compile(await readFile(wasmPath()));
}

async function instantiate(): Promise<Pdfium> {
  compiled ??= compile().catch((error: unknown) => {
    compiled = undefined;
    throw error;
  });
  const module = await compiled;
  const { init } = await import('@embedpdf/pdfium');
  const ignore = () => undefined;
  // Emscripten's hook has no way to report a failed instantiation, so a failure settles this instead.
  let failed: (error: unknown) => void = ignore;
  const instantiationFailed = new Promise<never>((_, reject) => (failed = reject));
  const wrapped = await Promise.race([
    init({
      // Emscripten prints aborts and warnings to the console; every failure reaches us as a thrown error instead.
      print: ignore,
      printErr: ignore,
      instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
        WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), failed);
        return {};
      },
    }),
    instantiationFailed,
  ]);
  const exports = readExports(wrapped.pdfium.wasmExports);
  exports.PDFiumExt_Init();
  return new Pdfium(exports);
}

function readExports(value: unknown): PdfiumExports {
  if (typeof value !== 'object' || value === null) throw new Error('PDFium has no wasm exports.');
  const missing = EXPORT_NAMES.filter((name) => typeof Reflect.get(value, name) !== 'function');
  if (missing.length || !(Reflect.get(value, 'memory') instanceof WebAssembly.Memory)) {
    throw new Error(`This build of PDFium lacks ${missing.join(', ') || 'its memory'}.`);
  }
  return value as PdfiumExports;
}

/**
 * Runs `work` (synchronous, so no other document interleaves) on the process's PDFium instance.
 * If PDFium throws, the instance is dropped and the failure rethrown as a PdfiumAbort.
 */
export async function withPdfium<T>(work: (pdfium: Pdfium) => T): Promise<T> {
  current ??= instantiate().then(
    (pdfium) => (made = pdfium),
    (error: unknown) => {
      current = undefined;
      throw error;
    },
  );
  let pdfium: Pdfium;
  try {
    pdfium = await current;
  } catch (error) {
    throw new PdfiumUnavailable(`PDFium could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    return work(pdfium);
  } catch (error) {
    if (error instanceof PdfiumAbort || error instanceof WebAssembly.RuntimeError) {
      discard(pdfium);
      throw error instanceof PdfiumAbort ? error : new PdfiumAbort(error.message, { cause: error });
    }
    throw error;
  } finally {
    if (pdfium.memoryBytes > KEEP_INSTANCE_BELOW_BYTES) discard(pdfium);
  }
}

function discard(pdfium: Pdfium): void {
  // Only the instance that failed is dropped: a newer one made meanwhile stays.
  if (made !== pdfium) return;
  made = undefined;
  current = undefined;
}
