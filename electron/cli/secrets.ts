import { openSync, readFileSync } from 'node:fs';
import { ReadStream, WriteStream } from 'node:tty';
import { CliError, EXIT, usageError } from './exit-codes';

export interface SecretSources {
  env?: string | undefined;
  fd?: string | undefined;
}

const HOW = 'Give it with --passphrase-env VAR or --passphrase-fd N, or run this in a terminal to be asked for it.';

/**
 * The secret held by the environment variable a secret option names. When there is
 * none, the error never repeats the name: a passphrase typed there by mistake
 * would end up on the screen, in terminal scrollback and in CI logs.
 */
export function secretFromEnvironment(option: string, name: string, env: NodeJS.ProcessEnv, what: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    throw usageError(
      `The environment variable named by ${option} is not set or is empty, so there is no ${what} to use. ${option} takes the name of a variable that holds it, such as BF_PASS, never the ${what} itself.`,
    );
  }
  return value;
}

/**
 * A passphrase from an environment variable, a file descriptor, or a prompt that
 * does not echo. Never from an argument: arguments are visible to every process
 * on the machine and end up in shell history.
 */
export async function readSecret(sources: SecretSources, question: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (sources.env !== undefined) {
    return secretFromEnvironment('--passphrase-env', sources.env, env, 'passphrase');
  }
  if (sources.fd !== undefined) {
    const fd = Number(sources.fd);
    if (!Number.isInteger(fd) || fd < 0) throw usageError('--passphrase-fd needs a file descriptor number, such as 3.');
    let text: string;
    try {
      text = readFileSync(fd, 'utf8');
    } catch {
      throw new CliError(EXIT.io, 'DISK', "Couldn't read a passphrase from the file descriptor given to --passphrase-fd. Check that it is open for reading.");
    }
    // One trailing line break is how a passphrase ends in a file or a pipe, not part of it.
    return text.replace(/\r?\n$/u, '');
  }
  return promptHidden(question);
}

/** Prompts on the terminal (stdin when it is one, else /dev/tty), echoing nothing. */
export function promptHidden(question: string): Promise<string> {
  let input: ReadStream;
  let output: NodeJS.WritableStream;
  let ownStreams = false;
  if (process.stdin.isTTY) {
    input = process.stdin as ReadStream;
    output = process.stderr;
  } else {
    try {
      const fd = openSync('/dev/tty', 'r+');
      input = new ReadStream(fd);
      output = new WriteStream(fd);
      ownStreams = true;
    } catch {
      return Promise.reject(usageError(`No passphrase was given and there is no terminal to ask on. ${HOW}`));
    }
  }
  output.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.setRawMode(false);
      input.off('data', onData);
      input.pause();
      output.write('\n');
      if (ownStreams) input.destroy();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003' || (char === '\u0004' && value === '')) {
          finish();
          reject(usageError('Cancelled; nothing was done.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}
