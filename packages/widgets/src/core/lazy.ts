import { addEnglish, type Messages } from './i18n/localize.js';

/**
 * Lazy chunks that can really be fetched again.
 *
 * A browser keeps a failed dynamic import in its module map: in Chromium a second `import()` of the same URL rejects
 * at once without a new request, so a "Try again" after a network blip could never succeed, only a page reload.
 * The way round it is to import the same file under another URL: the failed URL with a cache-busting query.
 *
 * The failed URL is taken from the error (Chromium: "Failed to fetch dynamically imported module: <url>", Firefox:
 * "error loading dynamically imported module: <url>"). That works the same in Vite's dev server and tests (source
 * `.ts` files) and in the built CDN bundle (hashed chunks), where no other code knows the chunk's final name. When a
 * browser names no URL (Safari), the original import is simply tried again.
 *
 * The query changes only the module's own URL: its static imports resolve to the same files as before, so the
 * shared core is not loaded twice.
 *
 * Limitation (checked in Chromium 150): when the chunk itself arrived but one of *its* static imports failed (a
 * connection lost between the two requests), the error still names the chunk, and the failed import stays cached
 * under its own URL, which a query on the chunk cannot change; only a reload recovers then. Offline, the chunk's own
 * request fails first, which is the case this handles.
 */

const URL_IN_MESSAGE = /\b(?:https?|file):\/\/[^\s'"`<>]+/;

/** The URL of the module a failed dynamic import names in its error message, if any. */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return URL_IN_MESSAGE.exec(message)?.[0];
}

let attempts = 0;

/** `url` with a query no cache (module map, HTTP cache) has seen. */
export function cacheBusted(url: string): string {
  const busted = new URL(url);
  busted.searchParams.set('sw-retry', `${Date.now().toString(36)}-${++attempts}`);
  return busted.href;
}

/**
 * Wraps a lazy import (`() => import('./chunk.js')`, kept literal so bundlers still split it) into a loader that
 * imports once, shares the module with every caller once it has loaded, and after a failure fetches the chunk
 * again on the next call instead of repeating the browser's cached failure.
 */
export function retryableImport<T>(load: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  let failedUrl: string | undefined;
  return () => {
    current ??= (failedUrl === undefined ? load() : (import(/* @vite-ignore */ cacheBusted(failedUrl)) as Promise<T>)).catch(
      (error: unknown) => {
        // Forget the failure so the next call tries again; remember which URL to bust.
        current = undefined;
        failedUrl = failedModuleUrl(error) ?? failedUrl;
        throw error;
      },
    );
    return current;
  };
}

/**
 * A form's sending code, a lazy chunk that brings the English of what it shows (`later`): fetched in the background
 * once the form is in use (`prefetch`, whose failure waits for "Send"), waited for on "Send" (`get`, whose failure the
 * widget answers as a failed send, with "Try again"), and kept by the element once it has arrived (`loaded`).
 */
export interface SecondStage<M> {
  readonly loaded: M | undefined;
  prefetch(): void;
  get(): Promise<M>;
}

export function secondStage<Id extends string, M extends { readonly later: Partial<Record<Id, string>> }>(
  load: () => Promise<M>,
  english: Messages<Id>,
): SecondStage<M> {
  let module: M | undefined;
  const keep = (loaded: M): M => {
    if (!module) {
      addEnglish(english, loaded.later);
      module = loaded;
    }
    return module;
  };
  return {
    get loaded() {
      return module;
    },
    prefetch: () => {
      if (!module) load().then(keep, () => undefined);
    },
    get: async () => module ?? keep(await load()),
  };
}
