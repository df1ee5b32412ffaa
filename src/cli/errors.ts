// CLI errors: one clear line for the user and an exit code.

/** Wrong arguments: exit code 2, with a pointer to --help. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command ran but failed (bad file, store down): exit code 1. */
export class CommandError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** One line for stderr, whatever was thrown. Credentials never appear in
 * messages we build; driver errors are reduced to their code and message. */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const suffix = typeof code === 'string' && !(e instanceof UsageError) && !(e instanceof CommandError) ? ` (${code})` : '';
    return e.message.split('\n')[0] + suffix;
  }
  return String(e);
}
