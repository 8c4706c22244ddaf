/**
 * The recovery code is a second way to the data key: 160 random bits written
 * as 8 groups of 4 Crockford base32 characters, easy to read aloud and copy by hand.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 8;
export const RECOVERY_GROUP_CHARS = 4;
export const RECOVERY_CODE_BYTES = 20;

export function encodeRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_CODE_BYTES) throw new Error('A recovery code is made of 20 bytes.');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return groupsOf(out).join('-');
}

function groupsOf(chars: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_GROUP_CHARS) groups.push(chars.slice(i, i + RECOVERY_GROUP_CHARS));
  return groups;
}

/**
 * Accepts what a person types from paper: any case, spaces or dashes, and the
 * letters people confuse with digits (O for 0, I and L for 1).
 * Returns null when it cannot be a recovery code at all.
 */
export function normaliseRecoveryCode(typed: string): string | null {
  const chars = normaliseTyped(typed);
  if (chars.length !== RECOVERY_GROUPS * RECOVERY_GROUP_CHARS) return null;
  for (const c of chars) if (!ALPHABET.includes(c)) return null;
  return groupsOf(chars).join('-');
}

export function recoveryCodeGroups(code: string): string[] {
  return code.split('-');
}

/** What was typed, as the code's own characters: case, spaces and dashes dropped, look-alikes mapped. */
function normaliseTyped(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/gu, '')
    .replace(/O/gu, '0')
    .replace(/[IL]/gu, '1')
    .replace(/U/gu, 'V');
}

/**
 * Whether the groups typed back are the asked groups of the code, forgiving what
 * the code itself forgives: case, spaces, dashes and the look-alikes O/0, I/L/1, U/V.
 */
export function confirmationMatches(code: string, asked: readonly number[], answers: readonly { group: number; value: string }[]): boolean {
  const groups = recoveryCodeGroups(code);
  const answered = new Set(answers.map((answer) => answer.group));
  const allAsked = asked.every((group) => answered.has(group));
  const allRight = answers.every((answer) => groups[answer.group - 1] === normaliseTyped(answer.value));
  return allAsked && allRight;
}

/** Which groups (1-based) the person is asked to type back; two distinct ones. */
export function pickConfirmationGroups(random: (n: number) => number): [number, number] {
  const first = random(RECOVERY_GROUPS) + 1;
  let second = random(RECOVERY_GROUPS - 1) + 1;
  if (second >= first) second += 1;
  return first < second ? [first, second] : [second, first];
}
