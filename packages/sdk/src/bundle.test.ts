import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Web APIs only (no node: imports), so this package keeps compiling without Node's types.
const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

/** Gzip size with the platform's CompressionStream (default level; `gzip -9` is a few bytes smaller). */
async function gzipSize(code: string): Promise<number> {
  const stream = new Blob([code]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Bundles `contents` the way an app's bundler would (browser, ESM, minified) and reports what went in. */
async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  // Files that contributed bytes after tree-shaking (the metafile also lists ones that were dropped).
  const inputs = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  );
  return { gzipBytes: await gzipSize(code), inputs };
}

/**
 * The contract's admin-only modules: the admin route table, the admin schemas, and `routes.ts` (which holds both
 * tables). The SDK's own admin entry is listed too.
 */
const ADMIN_MODULES = /contract\/(?:dist|src)\/(?:admin\/|admin-routes\.|routes\.)|sdk\/src\/admin\.ts$/;

describe('what an app downloads', () => {
  it('the main entry brings no msw, no mock and no zod at all', async () => {
    const { inputs } = await bundle(`export * from './index.ts';`);
    expect(inputs.filter((i) => /node_modules\/msw\//.test(i))).toEqual([]);
    expect(inputs.filter((i) => /\/mock\//.test(i))).toEqual([]);
    // Responses are checked with JSON Schemas generated from the contract and a small validator (ADR 0004), not zod.
    expect(inputs.filter((i) => /node_modules\/zod\//.test(i))).toEqual([]);
    expect(inputs.some((i) => /contract\/dist\/json-schemas\.js$/.test(i))).toBe(true);
    expect(inputs.some((i) => /contract\/dist\/json-validate\.js$/.test(i))).toBe(true);
  });

  it('the main entry brings none of the admin routes or their schemas, nor any zod schema module', async () => {
    const { inputs } = await bundle(`export * from './index.ts';`);
    expect(inputs.filter((i) => ADMIN_MODULES.test(i))).toEqual([]);
    // The contract's modules hold zod schemas; only the generated tables and the validator (with its zod-free grapheme counter) may come in.
    expect(inputs.filter((i) => /contract\/(?:dist|src)\//.test(i) && !/json-schemas(?:\.js$|\/)|json-validate\.js$|field-errors\.js$|graphemes\.js$/.test(i))).toEqual([]);
  });

  it('createClientFor carries only the response schemas it is given (what each script-tag widget uses)', async () => {
    const { inputs, gzipBytes } = await bundle(
      `import { createClientFor } from './index.ts';
       import { response } from '@solidarity-widgets/contract/json-schemas/listSolidarityMessages';
       export const api = createClientFor({ baseUrl: '' }, (name) => (name === 'listSolidarityMessages' ? response : undefined));`,
    );
    const schemas = inputs.filter((i) => /contract\/dist\/json-schemas/.test(i)).map((i) => i.replace(/.*contract\/dist\//, ''));
    expect(schemas.sort()).toEqual(['json-schemas/listSolidarityMessages.js', 'json-schemas/meta.js', 'json-schemas/patterns.js']);
    // Client + validator + one route's schema: well under the full client (all 13 routes' schemas).
    const full = await bundle(`export { createClient } from './index.ts';`);
    expect(full.gzipBytes - gzipBytes).toBeGreaterThan(1_500);
  });

  it('createClientWithChecks leaves the validator and every schema out (the widgets load them lazily)', async () => {
    const { inputs } = await bundle(`export { createClientWithChecks, HttpError } from './index.ts';`);
    expect(inputs.filter((i) => /json-validate|create-client\.ts$|json-schemas\/(?!meta\.js)|json-schemas\.js$/.test(i))).toEqual([]);
    expect(inputs.some((i) => /checked-client\.ts$/.test(i))).toBe(true);
  });

  it('importing only the error classes leaves the client and zod out', async () => {
    const { inputs, gzipBytes } = await bundle(`export { HttpError, RateLimitError } from './index.ts';`);
    expect(inputs.filter((i) => /zod|client\.ts/.test(i))).toEqual([]);
    expect(gzipBytes).toBeLessThan(1_500);
  });

  it('stays within its size guard (client + errors + response validation of the public routes)', async () => {
    const { gzipBytes } = await bundle(`export * from './index.ts';`);
    // Measured 6,040 bytes gzip (2026-11-23), within DESIGN.md's 10 KB budget: responses are checked with the JSON
    // Schemas generated from the contract (~21 KB minified, very repetitive, so ~2.5 KB gzip) and a ~1.7 KB validator
    // instead of zod/mini (14,823 bytes before, ADR 0004). This guard (measured + ~0.5 KB) stops the bundle growing unnoticed.
    // 6,698 on 2026-11-29 after answer reports, erase/purge codes and health probes joined the public routes.
    // 7,295 on 2026-11-30 after the finder's one-request answer (`postcodeAnswer`, whose schema repeats the lookup's,
    // a seat's, nearby marginals' and local groups'; docs/decisions/0011), with `createClientWithChecks` and
    // `schemaCheck` exported (the script-tag widgets load the validator lazily, issue 17).
    // Then with pledges to vote (issue 15: createPledge and pledgeCount).
    expect(gzipBytes).toBeLessThan(8_300);
  });

  it('the admin entry (`@solidarity-widgets/sdk/admin`) stays within its own guard, without the public client', async () => {
    const { gzipBytes, inputs } = await bundle(`export * from './admin.ts';`);
    expect(inputs.filter((i) => /create-client\.ts$|contract\/(?:dist|src)\/public-routes\./.test(i))).toEqual([]);
    expect(inputs.some((i) => /contract\/(?:dist|src)\/admin-routes\./.test(i))).toBe(true);
    // Measured 15,362 bytes gzip (2026-11-23; it still validates with zod): organiser tools only, never a public page.
    // 15,920 on 2026-11-29: the contract now checks wall cursors (decoded, range-checked) and session date ranges.
    // 16,891 later that day: erase a message by id, purge rejected ones, grapheme-counted and control-free text.
    // 17,511 with operators' party changes and answer reports (issue 13: four admin routes and their shapes).
    // 19,345 with the console (issue 12: sign-in and session routes, organisers, audit log, attendance, dashboard).
    // 19,934 with pledges (issue 15: the pledge summary and its CSV, election_passed).
    // Guard = measured + ~0.5 KB.
    expect(gzipBytes).toBeLessThan(20_450);
  });
});
