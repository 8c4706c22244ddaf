import { EXIT } from './exit-codes';

export const HELP = `bounce-forward: the Bounce Forward journal from the command line.

Usage:
  bounce-forward create                          make a new journal (shows its recovery code once)
  bounce-forward add [--title T] [--date YYYY-MM-DD] [--tag TAG]...
                                                 add an entry; its text is read from stdin
  bounce-forward add-win --kind KIND --area AREA [--title T] [--date YYYY-MM-DD] [--tag TAG]... [--entry ID]...
                                                 add a win to the evidence vault; its story is read from stdin
                                                 KIND: skill, showed-up, helped, out-of-reach, surprised, other
                                                 AREA: work, study, relationships, family, health, money, creative, other
                                                 --entry links it to an entry it grew out of (its id, from list)
  bounce-forward list [--kind entry|win|practice|step]
                                                 list the entries, wins, practices or own small steps
                                                 (not those in the trash)
  bounce-forward export --out FILE [--backup-passphrase-env VAR]
                                                 write an encrypted backup of everything
  bounce-forward verify FILE                     check every byte of a backup and say what it holds
  bounce-forward restore FILE --into DIR         restore a backup as a journal in a new or empty folder
  bounce-forward inspect FILE                    show a backup's readable header (no passphrase)
  bounce-forward import FILE --format jrnl|dayone
                                                 import a jrnl or Day One JSON export

Options:
  --journal DIR            the journal folder (default: the app's, or $BOUNCE_FORWARD_DATA_DIR/journal)
  --passphrase-env VAR     read the passphrase (or recovery code, or backup passphrase) from $VAR
  --passphrase-fd N        read it from file descriptor N (up to the end, one final newline dropped)
  --backup-passphrase-env VAR
                           export with a passphrase of its own, read from $VAR, instead of the
                           journal's keys
  --json                   print one JSON object: {"ok": true, ...} or {"ok": false, "error": {...}};
                           a command that opens a journal adds "problems": [...], what it found at open
  -h, --help               this help

export, verify, restore and import show how far they have got on stderr when it is a terminal (never
with --json). Ctrl+C stops them and leaves nothing behind: no backup file, no half-restored folder, no
half-imported entries; a restore about to put the journal in place says it can no longer be stopped.

Without --passphrase-env or --passphrase-fd, the passphrase is asked for on the terminal and not shown.
It is never taken as an argument. A new passphrase (create, --backup-passphrase-env) must be as hard
to guess as the app asks for.

If the journal finds damaged, missing or older records when it opens, the command still does its
work, then lists them on stderr with what to do, and exits with ${EXIT.openedWithProblems}. Nothing is deleted or changed.

Exit codes:
  ${EXIT.ok}   done
  ${EXIT.usage}   usage: a wrong command, option or value
  ${EXIT.wrongSecret}   the passphrase or recovery code is not right
  ${EXIT.badFile}   the file is damaged, incomplete, or not a backup
  ${EXIT.newerVersion}   the backup was made by a newer version of Bounce Forward
  ${EXIT.io}   a file could not be read or written
  ${EXIT.journalState}   no journal there, a journal already there, or an entry not found
  ${EXIT.openedWithProblems}   done, but the journal found damaged, missing or older records when it opened
  ${EXIT.cancelled}   stopped with Ctrl+C; nothing was left behind
  ${EXIT.internal}  something unexpected went wrong
`;
