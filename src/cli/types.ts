// Types of the CLI stage.

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  /** one line for the command list */
  summary: string;
  /** full help text: usage, options, examples */
  help: string;
  /** returns the exit code */
  run(argv: string[], io: CliIO): Promise<number>;
}
