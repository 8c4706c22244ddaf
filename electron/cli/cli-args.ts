import { parseArgs } from 'node:util';
import { usageError } from './exit-codes';

export const COMMANDS = ['create', 'add', 'add-win', 'list', 'export', 'verify', 'restore', 'inspect', 'import'] as const;
export type Command = (typeof COMMANDS)[number];

const OPTIONS = {
  journal: { type: 'string' },
  json: { type: 'boolean' },
  'passphrase-env': { type: 'string' },
  'passphrase-fd': { type: 'string' },
  'backup-passphrase-env': { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  tag: { type: 'string', multiple: true },
  out: { type: 'string' },
  into: { type: 'string' },
  format: { type: 'string' },
  kind: { type: 'string' },
  area: { type: 'string' },
  entry: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMON: OptionName[] = ['json', 'help'];
const SECRET: OptionName[] = ['passphrase-env', 'passphrase-fd'];

/** Which options each command takes, beyond --json and --help; anything else is a usage error. */
const ALLOWED: Record<Command, OptionName[]> = {
  create: ['journal', ...SECRET],
  add: ['journal', ...SECRET, 'title', 'date', 'tag'],
  'add-win': ['journal', ...SECRET, 'title', 'date', 'tag', 'kind', 'area', 'entry'],
  list: ['journal', ...SECRET, 'kind'],
  export: ['journal', ...SECRET, 'out', 'backup-passphrase-env'],
  verify: [...SECRET],
  restore: [...SECRET, 'into'],
  inspect: [],
  import: ['journal', ...SECRET, 'format'],
};

/** How many file arguments each command takes. */
const POSITIONALS: Record<Command, number> = { create: 0, add: 0, 'add-win': 0, list: 0, export: 0, verify: 1, restore: 1, inspect: 1, import: 1 };

export interface ParsedArgs {
  command: Command | null;
  file: string | null;
  options: {
    journal?: string;
    json?: boolean;
    'passphrase-env'?: string;
    'passphrase-fd'?: string;
    'backup-passphrase-env'?: string;
    title?: string;
    date?: string;
    tag?: string[];
    out?: string;
    into?: string;
    format?: string;
    kind?: string;
    area?: string;
    entry?: string[];
    help?: boolean;
  };
}

const NO_SECRETS_IN_ARGUMENTS =
  'Passphrases are never taken as arguments: other programs can see them, and shells keep them in history. Use --passphrase-env VAR or --passphrase-fd N, or type it when asked.';

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((arg) => /^--(backup-)?passphrase(=|$)/u.test(arg))) throw usageError(NO_SECRETS_IN_ARGUMENTS);
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${(error as Error).message.replace(/\. To specify a positional.*$/su, '.')} See bounce-forward --help.`);
  }
  const [first, ...rest] = parsed.positionals;
  const options = parsed.values as ParsedArgs['options'];
  if (!first) return { command: null, file: null, options };
  if (!(COMMANDS as readonly string[]).includes(first)) throw usageError(`There is no command "${first}". The commands are: ${COMMANDS.join(', ')}.`);
  const command = first as Command;
  for (const name of Object.keys(options) as OptionName[]) {
    if (!COMMON.includes(name) && !ALLOWED[command].includes(name)) throw usageError(`"${command}" does not take --${name}.`);
  }
  if (rest.length !== POSITIONALS[command]) {
    throw usageError(POSITIONALS[command] === 0 ? `"${command}" takes no file name.` : `"${command}" needs one backup file: bounce-forward ${command} FILE.`);
  }
  if (options['passphrase-env'] !== undefined && options['passphrase-fd'] !== undefined) {
    throw usageError('Give the passphrase one way: --passphrase-env or --passphrase-fd, not both.');
  }
  return { command, file: rest[0] ?? null, options };
}
