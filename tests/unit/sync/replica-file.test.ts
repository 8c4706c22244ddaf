import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openReplicaFile, ReplicaFileRefused, sealReplicaFile, type ReplicaPayload } from '../../../electron/sync/replica-file';
import { paddedLength } from '../../../electron/vault/crypto/sealed-record';
import { randomBytes } from '../../../electron/vault/crypto/data-key';
import { replicaFileName, seqOfReplicaName } from '../../../shared/sync/replica-names';

const key = randomBytes(32);
const journalId = '1b4e28ba-2fa1-4d2e-883f-0016d3cca427';
const deviceA = 'a'.repeat(32);
const deviceB = 'b'.repeat(32);

function payload(seq: number, items: ReplicaPayload['items'] = [], deviceId = deviceA): ReplicaPayload {
  return { journalId, deviceId, seq, kind: items.length ? 'changes' : 'ack', writtenAt: '2026-12-08T00:00:00.000Z', seen: { [deviceId]: seq - 1 }, items };
}
const item = (id: string, text: string) => ({ id, kind: 'entry', bytes: Buffer.from(text).toString('base64') });

describe('a file in the synced folder', () => {
  it('opens where it was written', () => {
    const written = payload(3, [item('0e1c6a5e-1111-4aaa-8bbb-123456789abc', 'words')]);
    expect(openReplicaFile(key, sealReplicaFile(key, written), { journalId, deviceId: deviceA, seq: 3 })).toEqual(written);
  });

  it('is refused when moved to another device, replayed under another number, swapped or from another journal', () => {
    const sealed = sealReplicaFile(key, payload(3));
    const refused = (where: { journalId: string; deviceId: string; seq: number }) => () => openReplicaFile(key, sealed, where);
    expect(refused({ journalId, deviceId: deviceB, seq: 3 })).toThrow(ReplicaFileRefused);
    expect(refused({ journalId, deviceId: deviceA, seq: 4 })).toThrow(ReplicaFileRefused);
    expect(refused({ journalId, deviceId: deviceA, seq: 2 })).toThrow(ReplicaFileRefused);
    expect(refused({ journalId: '2b4e28ba-2fa1-4d2e-883f-0016d3cca427', deviceId: deviceA, seq: 3 })).toThrow(ReplicaFileRefused);
    expect(() => openReplicaFile(randomBytes(32), sealed, { journalId, deviceId: deviceA, seq: 3 })).toThrow(ReplicaFileRefused);
  });

  it('is refused, not misread, at every length it could be cut to while arriving', () => {
    const sealed = sealReplicaFile(key, payload(1, [item('0e1c6a5e-1111-4aaa-8bbb-123456789abc', 'x'.repeat(300))]));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sealed.length - 1 }), (cut) => {
        expect(() => openReplicaFile(key, sealed.subarray(0, cut), { journalId, deviceId: deviceA, seq: 1 })).toThrow(ReplicaFileRefused);
      }),
    );
  });

  it('is padded to a size bucket, so its size says only roughly how much it holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (length) => {
        const sealed = sealReplicaFile(key, payload(1, length ? [item('0e1c6a5e-1111-4aaa-8bbb-123456789abc', 'y'.repeat(length))] : []));
        const overhead = 4 + 24 + 16;
        expect(paddedLength(sealed.length - overhead)).toBe(sealed.length - overhead);
      }),
      { numRuns: 40 },
    );
    const small = sealReplicaFile(key, payload(1, [item('0e1c6a5e-1111-4aaa-8bbb-123456789abc', 'a')]));
    const alsoSmall = sealReplicaFile(key, payload(1, [item('0e1c6a5e-1111-4aaa-8bbb-123456789abc', 'abcdefghij')]));
    expect(small.length).toBe(alsoSmall.length);
  });

  it('names only its number: no record id, kind, title or date, and its bytes hold none in the clear', () => {
    const secretId = '0e1c6a5e-1111-4aaa-8bbb-123456789abc';
    const sealed = sealReplicaFile(key, payload(7, [item(secretId, 'My private title 2026-12-01')]));
    const name = replicaFileName(7);
    expect(name).toBe('7.bfs');
    const text = Buffer.from(sealed).toString('latin1');
    for (const marker of [secretId, 'entry', 'private', '2026-12-01', journalId, deviceA]) expect(text).not.toContain(marker);
  });
});

describe('names a sync tool may give a file', () => {
  it('finds the number in the file and in conflict copies, and nothing in other names', () => {
    expect(seqOfReplicaName('12.bfs')).toEqual({ seq: 12, conflictCopy: false });
    expect(seqOfReplicaName('12.sync-conflict-20261208-101010-ABCDEFG.bfs')).toEqual({ seq: 12, conflictCopy: true });
    expect(seqOfReplicaName('12 (conflicted copy).bfs')).toEqual({ seq: 12, conflictCopy: true });
    expect(seqOfReplicaName("12 (desk-pc's conflicted copy 2026-12-08).bfs")).toEqual({ seq: 12, conflictCopy: true });
    for (const other of ['.12.bfs.abc.tmp', '12.bfs.icloud', '.12.bfs.icloud', '012.bfs', '0.bfs', '12.bfr', 'journal.json', '../12.bfs', '12 (copy).bfs']) {
      expect(seqOfReplicaName(other)).toBeNull();
    }
  });
});
