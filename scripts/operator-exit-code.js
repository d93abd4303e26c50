/**
 * The exit code of a script stopped by an OperatorError (sysexits' EX_CONFIG):
 * a wrong PORT or a data folder in use fails the same way on every start, so
 * the supervisor of `npm start` (and systemd) must not start it again.
 */
export const OPERATOR_ERROR_EXIT = 78;
