import { randomUUID } from 'node:crypto';
import { normaliseTags } from '../../../shared/domain/entry';
import { areaOfTags, WIN_KIND, winDraftSchema, winText, type Win, type WinDraftInput, type WinSummary } from '../../../shared/domain/win';
import { winToRemember } from '../../../shared/evidence/remember';
import { winsToSurface, type FramingCounts } from '../../../shared/evidence/surfacing';
import { byWinDateDesc, matchesWinFilter, winsByYear, type WinFilter, type WinYear } from '../../../shared/evidence/vault-overview';
import { winSummaryOf } from '../../../shared/evidence/win-summary';
import { VaultError } from '../errors';
import type { SearchIndex } from '../search-index';
import { KeptRecords, type Keeping } from './kept-records';

/** How many offers the panel remembers, so the same wins do not keep coming back. */
const SURFACED_MEMORY = 60;

/** What the wins need to know of other records: whether a link or an origin points at something real. */
export interface WinNeighbours {
  entryExists: (id: string) => boolean;
  originExists: (from: Win['origin']) => boolean;
}

/**
 * The evidence vault: the person's own wins, found by kind, area, year and words,
 * brought back one at a time ("Remember when…"), and offered beside an entry that
 * reads as a verdict on who they are.
 */
export class WinVault {
  readonly records: KeptRecords<Win>;
  /** What was offered this session, oldest first; kept in memory only, like everything decrypted. */
  private surfaced: string[] = [];
  private remembered: string | null = null;

  constructor(
    private readonly keeping: Keeping,
    private readonly index: SearchIndex,
    private readonly neighbours: WinNeighbours,
    private readonly random: () => number = Math.random,
  ) {
    this.records = new KeptRecords<Win>(keeping, {
      kind: WIN_KIND,
      noun: 'win',
      titleOf: (win) => win.title || win.story.slice(0, 80),
      stored: (win) => (win.deletedAt ? index.remove(win.id) : index.upsertText(win.id, winText(win))),
      removed: (id) => index.remove(id),
    });
  }

  async save(input: WinDraftInput): Promise<Win> {
    const draft = winDraftSchema.parse(input);
    const existing = draft.id ? this.records.getLive(draft.id) : undefined;
    const entryIds = [...new Set(draft.entryIds)];
    // Links already on the win may point at an entry since deleted for good; only new ones must exist.
    const added = entryIds.filter((id) => !existing?.entryIds.includes(id));
    if (added.some((id) => !this.neighbours.entryExists(id))) {
      throw new VaultError('INVALID_REQUEST', 'One of the entries this win links to no longer exists. Nothing was saved.');
    }
    const origin = draft.origin ?? existing?.origin ?? null;
    if (origin && origin !== existing?.origin && !this.neighbours.originExists(origin)) {
      throw new VaultError('INVALID_REQUEST', 'What this win was recorded from no longer exists. Nothing was saved.');
    }
    const stamp = this.keeping.now().toISOString();
    const win: Win = {
      id: existing?.id ?? randomUUID(),
      date: draft.date,
      title: draft.title,
      story: draft.story,
      kind: draft.kind,
      area: draft.area,
      tags: normaliseTags(draft.tags),
      entryIds,
      origin,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    return this.records.put(win, 'The win was not saved; your words are still on the screen.');
  }

  list(filter: WinFilter & { query?: string | undefined; trash?: boolean | undefined }): { wins: WinSummary[]; total: number } {
    const text = filter.query?.trim();
    const pool = text ? this.search(text, Boolean(filter.trash)) : [...this.records.values()];
    const found = pool.filter((win) => Boolean(win.deletedAt) === Boolean(filter.trash) && matchesWinFilter(win, filter)).sort(byWinDateDesc);
    return { wins: found.map(winSummaryOf), total: found.length };
  }

  /** Wins whose words match; the trash is searched by plain text, as entries' is. */
  search(text: string, trash = false): Win[] {
    if (trash) return this.records.trashed().filter((win) => winText(win).toLowerCase().includes(text.toLowerCase()));
    return this.index
      .search(text)
      .map((id) => this.records.find(id))
      .filter((win): win is Win => win !== undefined && !win.deletedAt);
  }

  overview(): { years: WinYear[]; total: number } {
    const years = winsByYear(this.records.values());
    return { years, total: years.reduce((sum, year) => sum + year.total, 0) };
  }

  /** Wins that grew out of an entry, for the entry's side of the link; none from the trash. */
  linkedTo(entryId: string): WinSummary[] {
    return this.records.live().filter((win) => win.entryIds.includes(entryId) || (win.origin?.id === entryId)).sort(byWinDateDesc).map(winSummaryOf);
  }

  /** Wins recorded from a practice or a small step, so their screens can say it became one. */
  recordedFrom(id: string): Win | undefined {
    return this.records.live().find((win) => win.origin?.id === id);
  }

  remember(today: string): Win | null {
    const win = winToRemember(this.records.values(), { today, previous: this.remembered, random: this.random() });
    this.remembered = win?.id ?? this.remembered;
    return win;
  }

  surface(request: { framing: FramingCounts; tags: readonly string[] }): WinSummary[] {
    const chosen = winsToSurface({
      framing: request.framing,
      area: areaOfTags(request.tags),
      tags: request.tags,
      wins: this.records.values(),
      recentlyShown: this.surfaced,
    });
    this.surfaced = [...this.surfaced, ...chosen.map((win) => win.id)].slice(-SURFACED_MEMORY);
    return chosen.map(winSummaryOf);
  }
}
