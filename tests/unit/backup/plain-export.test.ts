import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../support/use-temp-folder';
import { createJournal, fillEveryKind, services, settleJournals } from './journal-helpers';

const folder = useTempFolder('bf-plain-');

afterEach(async () => {
  await settleJournals();
});

describe('the readable export', () => {
  it('writes one Markdown file per entry with front matter, and one JSON file with everything', async () => {
    const { vault } = await createJournal(join(folder(), 'journal'));
    await fillEveryKind(vault);
    const out = join(folder(), 'out');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(out);
    const result = await services(vault, { now: () => new Date('2026-03-01T10:00:00Z') }).exportPlain(out);
    // Two entries and one win outside the trash, the practices, the small steps, and the JSON.
    expect(result).toMatchObject({ savedTo: join(out, 'Bounce Forward export 2026-03-01'), entries: 3, files: 6 });
    const names = (await readdir(join(result.savedTo, 'entries'))).sort();
    expect(names).toEqual(['2026-01-05-interview.md', '2026-02-14-the-launch.md']);
    const interview = await readFile(join(result.savedTo, 'entries', names[0]!), 'utf8');
    expect(interview).toMatch(/^---\ntitle: "Interview"\ndate: 2026-01-05\nkind: page\ntags: \["work", "Café"\]\ncreated: .+\nupdated: .+\nid: [0-9a-f-]{36}\n---\n\nIt went badly\.\nI froze on the second question\.\n$/u);
    const launch = await readFile(join(result.savedTo, 'entries', names[1]!), 'utf8');
    expect(launch).toContain('## What happened\n\nWe shipped late.');
    expect(launch).toContain('## Mine to own\n\n- I said yes too fast');
    expect(launch).not.toContain('currentStep');

    const json = JSON.parse(await readFile(join(result.savedTo, 'bounce-forward-export.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'bounce-forward-plain-export', version: 1 });
    expect(json.entries).toHaveLength(3);
    expect(json.entries.filter((entry: { deletedAt: string | null }) => entry.deletedAt)).toHaveLength(1);
    expect(json.otherRecords.map((record: { kind: string }) => record.kind).sort()).toEqual(['earlier-version', 'future-kind', 'period', 'practice', 'settings', 'step', 'win', 'win']);

    expect(await readdir(join(result.savedTo, 'wins'))).toEqual(['2026-02-20-ran-5k.md']);
    const win = await readFile(join(result.savedTo, 'wins', '2026-02-20-ran-5k.md'), 'utf8');
    expect(win).toMatch(/^---\ntitle: "Ran 5k"\ndate: 2026-02-20\nkind: "Showed up when it was hard"\narea: "Health"\ntags: \[\]\nentries: \[[0-9a-f-]{36}\]\nid: [0-9a-f-]{36}\n---\n\nSlow, and all the way\.\n$/u);
    const practice = await readFile(join(result.savedTo, 'practice.md'), 'utf8');
    expect(practice).toContain('## 2026-02-21: Send the pitch');
    expect(practice).toContain('How bad it really was: 3 of 10 (expected minus actual: 4)');
    expect(await readFile(join(result.savedTo, 'small-steps.md'), 'utf8')).toContain('- [x] Walk around the block (done)');

    const second = await services(vault, { now: () => new Date('2026-03-01T10:00:00Z') }).exportPlain(out);
    expect(second.savedTo).toBe(join(out, 'Bounce Forward export 2026-03-01 (2)'));
  });
});
