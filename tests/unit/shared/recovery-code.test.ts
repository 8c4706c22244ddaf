import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmationMatches, encodeRecoveryCode, normaliseRecoveryCode, pickConfirmationGroups } from '../../../shared/domain/recovery-code';

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

  it('forgives in the groups typed back exactly what it forgives in the whole code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8), (bytes, group) => {
        const code = encodeRecoveryCode(bytes);
        const typed = code.split('-')[group - 1]!.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('v', 'u');
        expect(normaliseRecoveryCode(code.toLowerCase().replaceAll('v', 'u'))).toBe(code);
        expect(confirmationMatches(code, [group], [{ group, value: ` ${typed} ` }])).toBe(true);
      }),
    );
    expect(confirmationMatches('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', [2], [{ group: 2, value: 'BBBC' }])).toBe(false);
  });
});
