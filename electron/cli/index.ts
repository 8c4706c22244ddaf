import { ZodError } from 'zod';
import { isVaultError } from '../vault/errors';
import { parseCliArgs, type Command } from './cli-args';
import { dropOutputOnClosedPipe } from './closed-pipe';
import type { CliContext } from './cli-context';
import { exportCommand, inspectCommand, restoreCommand, verifyCommand } from './commands/backup-commands';
import { addWinCommand, listKeptCommand } from './commands/evidence-commands';
import { addCommand, createCommand, importCommand, listCommand } from './commands/journal-commands';
import { CliError, EXIT, exitCodeFor } from './exit-codes';
import { HELP } from './help';
import { createOutput } from './output';
import { readEntryText } from './entry-text';

const COMMAND_RUNNERS: Record<Command, (ctx: CliContext, file: string) => Promise<void>> = {
  create: (ctx) => createCommand(ctx),
  add: (ctx) => addCommand(ctx, readEntryText),
  'add-win': (ctx) => addWinCommand(ctx, readEntryText),
  list: (ctx) => (ctx.args.options.kind === undefined || ctx.args.options.kind === 'entry' ? listCommand(ctx) : listKeptCommand(ctx, ctx.args.options.kind)),
  export: (ctx) => exportCommand(ctx),
  verify: verifyCommand,
  restore: restoreCommand,
  inspect: inspectCommand,
  import: importCommand,
};

function describe(error: unknown): { exitCode: number; code: string; message: string } {
  if (error instanceof CliError) return { exitCode: error.exitCode, code: error.code, message: error.message };
  if (isVaultError(error)) return { exitCode: exitCodeFor(error.code), code: error.code, message: error.message };
  if (error instanceof ZodError) return { exitCode: EXIT.usage, code: 'INVALID_REQUEST', message: error.issues[0]?.message ?? 'That input is not valid.' };
  return { exitCode: EXIT.internal, code: 'INTERNAL', message: `Something unexpected went wrong (${(error as Error)?.message ?? String(error)}). Nothing was changed.` };
}

/** Runs one command over the same vault and backup services the app uses, and returns the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  dropOutputOnClosedPipe(process.stdout);
  dropOutputOnClosedPipe(process.stderr);
  const out = createOutput(argv.includes('--json'));
  try {
    const args = parseCliArgs(argv);
    if (args.options.help || !args.command) {
      (args.options.help ? process.stdout : process.stderr).write(HELP);
      return args.options.help ? EXIT.ok : EXIT.usage;
    }
    await COMMAND_RUNNERS[args.command]({ args, out, env }, args.file ?? '');
    return out.hadProblems ? EXIT.openedWithProblems : EXIT.ok;
  } catch (error) {
    const { exitCode, code, message } = describe(error);
    out.fail(code, message, exitCode);
    return exitCode;
  }
}
