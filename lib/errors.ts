/**
 * A problem the person running the app can fix (bad configuration, port in
 * use, data directory locked). Scripts print its message alone, without a
 * stack trace, and exit non-zero.
 */
export class OperatorError extends Error {
  override name = 'OperatorError';
}
