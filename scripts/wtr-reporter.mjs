// web-test-runner reporter: one summary line per engine, the failed tests, and a
// machine-readable result file (`.wtr-results/<engine>.json` unless LIO_WTR_RESULTS names one):
//   { engine, passed, failed, skipped, files, errors: [{ file, test, message }] }
//
// Counting follows @web/test-runner's own getPassedFailedSkippedCount (walk the
// nested suite tree of `session.testResults`), plus one extra failure per test
// file that broke outside of a test (failed to load, uncaught error in module
// scope or in a hook, timed out, browser crashed...): those only show up in
// `session.errors` / `session.passed` and would otherwise count as 0 failures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Flattens a TestSuiteResult tree into [{ name: 'suite > sub > test', ...result }]. */
function flattenTests(suite, prefix = []) {
  const path = suite.name ? [...prefix, suite.name] : prefix; // the root suite has name ''
  return [
    ...suite.tests.map(test => ({ ...test, fullName: [...path, test.name].join(' > ') })),
    ...suite.suites.flatMap(child => flattenTests(child, path)),
  ];
}

function firstLine(text = '') {
  return String(text).split('\n')[0];
}

export function summarize(engine, sessions, rootDir) {
  const result = { engine, passed: 0, failed: 0, skipped: 0, files: 0, errors: [] };
  const files = new Set();

  for (const session of sessions) {
    const file = relative(rootDir, session.testFile);
    files.add(file);
    const tests = session.testResults ? flattenTests(session.testResults) : [];
    let failedTests = 0;

    for (const test of tests) {
      if (test.skipped) result.skipped += 1;
      else if (test.passed) result.passed += 1;
      else {
        failedTests += 1;
        result.errors.push({ file, test: test.fullName, message: test.error?.message ?? 'failed' });
      }
    }
    result.failed += failedTests;

    // Errors outside any test. `passed === false` with no failed test and no
    // recorded error is still a failure (e.g. a session that never finished).
    const fileErrors = [...(session.errors ?? [])];
    if (fileErrors.length === 0 && session.passed === false && failedTests === 0) {
      fileErrors.push({ message: 'test file failed without reporting a failed test' });
    }
    if (fileErrors.length > 0) {
      result.failed += 1;
      for (const error of fileErrors) {
        const message = error.name ? `${error.name}: ${error.message}` : error.message;
        result.errors.push({ file, test: '(test file error)', message: message ?? 'unknown error' });
      }
    }
  }
  result.files = files.size;
  return result;
}

/**
 * @param {{ engine: string, file: string }} options - `file`: where the JSON result is written.
 * @returns {import('@web/test-runner').Reporter}
 */
export function lioReporter({ engine, file }) {
  let rootDir = process.cwd();
  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    // `stop` runs once, after every session has finished (not per watch re-run).
    stop({ sessions }) {
      const summary = summarize(engine, sessions, rootDir);
      const red = s => (process.stdout.isTTY ? `\x1b[31m${s}\x1b[39m` : s);

      const lines = [''];
      if (summary.errors.length > 0) {
        lines.push(red(`${engine}: failures`));
        for (const { file, test, message } of summary.errors) {
          lines.push(red(`  ✗ ${file} › ${test}`), `      ${firstLine(message)}`);
        }
        lines.push('');
      }
      const { passed, failed, skipped, files } = summary;
      const counts = `${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped (${files} files)`;
      lines.push(failed > 0 ? red(counts) : counts);
      // console.log (not process.stdout) so the line goes through wtr's buffered
      // console and lands after the other reporters' output.
      console.log(lines.join('\n'));

      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    },
  };
}
