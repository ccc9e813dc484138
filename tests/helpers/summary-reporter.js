/**
 * Ends the run with one plain line, "jest: N passed, N failed, N skipped", that any CI can read
 * without knowing jest's own summary format.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
