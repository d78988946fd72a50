import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, plus a line per
 * project, so the counts for each database are visible at the end of every run, with the time
 * its files took (summed) and the slowest files of the run: CI has a 20-minute budget, and this
 * says where it goes.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const perProject = new Map<string, { passed: number; failed: number; skipped: number; ms: number }>();
    const files: Array<{ name: string; ms: number }> = [];
    for (const module of testModules) {
      const name = module.project.name || 'default';
      const counts = perProject.get(name) ?? { passed: 0, failed: 0, skipped: 0, ms: 0 };
      const ms = module.diagnostic().duration;
      counts.ms += ms;
      files.push({ name: `${name} ${module.relativeModuleId}`, ms });
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed++;
      perProject.set(name, counts);
    }
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const [name, c] of [...perProject].sort()) {
      console.log(`  ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (files ${Math.round(c.ms / 1000)} s)`);
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    if (files.length > 10) {
      console.log('  slowest files:');
      for (const f of files.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`    ${Math.round(f.ms / 1000)} s  ${f.name}`);
    }
    console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  }
}
