import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecoveryCode, normaliseRecoveryCode, pickConfirmationGroups } from '../../../shared/domain/recovery-code';

describe('recovery codes', () => {
  it('encodes 20 bytes as 8 groups of 4 and reads back what people type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const code = encodeRecoveryCode(bytes);
        expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(normaliseRecoveryCode(code.toLowerCase().replaceAll('-', ' '))).toBe(code);
        expect(normaliseRecoveryCode(code.replaceAll('0', 'O').replaceAll('1', 'l'))).toBe(code);
      }),
    );
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseRecoveryCode('')).toBeNull();
    expect(normaliseRecoveryCode('AAAA-BBBB')).toBeNull();
    expect(normaliseRecoveryCode('!!!!-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')).toBeNull();
  });

  it('asks for two different groups', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const values = [a, b];
        const [first, second] = pickConfirmationGroups((n) => values.shift()! % n);
        expect(first).toBeGreaterThanOrEqual(1);
        expect(second).toBeLessThanOrEqual(8);
        expect(first).toBeLessThan(second);
      }),
    );
  });
});
