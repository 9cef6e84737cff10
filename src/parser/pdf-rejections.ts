/**
 * pdf.js, reading a damaged file, starts fetches it never awaits (it prefetches the page tree's
 * kids, for one) and their rejections go unhandled. The document's own promise still fails, and
 * we turn that into a typed error; but an unhandled rejection makes Node, and the Lambda runtime,
 * end the process. So every promise created inside an extraction gets a no-op rejection handler:
 * that marks it handled without hiding its failure from anyone who awaits it.
 *
 * Scoped by AsyncLocalStorage to the extraction's own async work, and the hook runs only while an
 * extraction is under way: other work in the process keeps Node's default behaviour.
 */
import { AsyncLocalStorage, createHook } from 'node:async_hooks';

const extraction = new AsyncLocalStorage<true>();
const ignore = () => undefined;
let marking = false;
let running = 0;

const hook = createHook({
  init(_asyncId, type, _triggerAsyncId, resource) {
    // The handler's own promise would call back here: the flag stops that recursion.
    if (type !== 'PROMISE' || marking || extraction.getStore() !== true) return;
    marking = true;
    try {
      (resource as Promise<unknown>).catch(ignore);
    } finally {
      marking = false;
    }
  },
});

/** Runs `work` (loading a document with pdf.js) with every promise it creates marked as handled. */
export async function withPdfJsRejectionsHandled<T>(work: () => Promise<T>): Promise<T> {
  if (running++ === 0) hook.enable();
  try {
    return await extraction.run(true, work);
  } finally {
    // pdf.js settles its leftovers within a turn or two of destroy(); wait them out before unhooking.
    await new Promise((resolve) => setImmediate(resolve));
    if (--running === 0) hook.disable();
  }
}
