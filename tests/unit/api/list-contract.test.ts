import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../shared/api/contract';
import { journalKeyOf, trashKeyOf } from '../../../shared/domain/list-order';

const request = apiContract['entries.list'].request;
const id = randomUUID();

describe('entries.list requests', () => {
  it('take a page size from 1 to 1000 and a cursor in the shape a list answers with', () => {
    expect(request.safeParse({}).success).toBe(true);
    expect(request.safeParse({ limit: 1 }).success).toBe(true);
    expect(request.safeParse({ limit: 1000, kind: 'reflection' }).success).toBe(true);
    expect(request.safeParse({ after: journalKeyOf({ date: '2026-03-14', createdAt: '2026-03-14T10:00:00Z', id }) }).success).toBe(true);
    expect(request.safeParse({ trash: true, after: trashKeyOf({ deletedAt: '2026-03-14T10:00:00.5Z', id }) }).success).toBe(true);
  });

  it('refuse any other page size or cursor', () => {
    for (const limit of [0, -1, 1.5, 1001, Number.MAX_SAFE_INTEGER, '10']) expect(request.safeParse({ limit }).success, String(limit)).toBe(false);
    const good = journalKeyOf({ date: '2026-03-14', createdAt: '2026-03-14T10:00:00.000Z', id });
    for (const after of ['', 'garbage', `${good}\n`, `${good}|x`, good.replace(id, 'not-an-id'), good.replace('2026-03-14|', '2026-3-14|'), 'x'.repeat(121), 42, null]) {
      expect(request.safeParse({ after }).success, String(after)).toBe(false);
    }
  });
});
