import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the one closing line CI reads: `N passed, N failed` (and skipped).
 * Counts test cases across every project; a module that failed to load counts as a failure. Tests that passed only
 * on a retry (CI retries browser tests once: docs/decisions/0012-ci-retries.md) are named above it, so a flaky test is
 * seen and mended, not hidden.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const flaky: string[] = [];
    for (const mod of modules) {
      let cases = 0;
      for (const test of mod.children.allTests()) {
        cases++;
        const state = test.result().state;
        if (state === 'passed' && test.diagnostic()?.flaky) flaky.push(`${mod.moduleId.replace(process.cwd() + '/', '')} > ${test.fullName}`);
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (cases === 0 && mod.state() === 'failed') failed++;
    }
    failed += errors.length;
    const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    // After vitest's own summary, on a line of its own.
    const note = flaky.length ? `\nPassed only on a retry (flaky, to mend):\n${flaky.map((f) => `  ${f}`).join('\n')}\n` : '';
    setTimeout(() => process.stdout.write(`${note}\n${line}\n`), 0);
  }
}
