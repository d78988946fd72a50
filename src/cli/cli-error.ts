/** An expected failure of a command: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}
