import type { evidenceContract, LinkedEntry } from '../../shared/api/evidence-contract';
import { winSummaryOf } from '../../shared/evidence/win-summary';
import { VaultError } from '../vault/errors';
import type { Journal } from '../vault/journal';
import type { Vault } from '../vault/vault';
import type { ApiHandlers } from './dispatcher';

type EvidenceMethod = keyof typeof evidenceContract;

/** The win's side of each link: entries since deleted for good are left out, those in the trash say so. */
function linkedEntries(journal: Journal, ids: readonly string[]): LinkedEntry[] {
  const linked: LinkedEntry[] = [];
  for (const id of ids) {
    const entry = journal.findEntry(id);
    if (entry) linked.push({ id, title: entry.title, date: entry.date, inTrash: entry.deletedAt !== null });
  }
  return linked;
}

function becameWins(journal: Journal, ids: Iterable<string>): { fromId: string; winId: string }[] {
  const pairs: { fromId: string; winId: string }[] = [];
  for (const fromId of ids) {
    const win = journal.evidence.wins.recordedFrom(fromId);
    if (win) pairs.push({ fromId, winId: win.id });
  }
  return pairs;
}

/** Wires the evidence vault, own small steps, practices and the trash beyond entries to the journal. */
export function createEvidenceHandlers(vault: Vault): Pick<ApiHandlers, EvidenceMethod> {
  const evidence = () => vault.journal().evidence;
  return {
    'wins.list': async (filter) => evidence().wins.list(filter),
    'wins.overview': async () => evidence().wins.overview(),
    'wins.get': async ({ id }) => {
      const win = evidence().wins.records.get(id);
      return { win, entries: linkedEntries(vault.journal(), win.entryIds) };
    },
    'wins.save': (draft) => evidence().wins.save(draft),
    'wins.trash': ({ id }) => evidence().wins.records.trash(id),
    'wins.remember': async () => {
      const win = evidence().wins.remember(vault.journal().today());
      return { win: win ? winSummaryOf(win) : null };
    },
    'wins.surface': async ({ tags, framing }) => ({
      wins: vault.journal().getSettings().surfaceWins ? evidence().wins.surface({ tags, framing }) : [],
    }),
    'wins.forEntry': async ({ entryId }) => ({ wins: evidence().wins.linkedTo(entryId) }),
    'steps.own': async () => {
      const { open, settled } = evidence().steps.lists();
      return { open, settled, waiting: evidence().practices.waiting(), becameWins: becameWins(vault.journal(), settled.map((step) => step.id)) };
    },
    'steps.add': (draft) => evidence().steps.add(draft),
    'steps.settleOwn': ({ id, status }) => evidence().steps.settle(id, status),
    'steps.trashOwn': ({ id }) => evidence().steps.records.trash(id),
    'practices.list': async () => {
      const practices = evidence().practices.all();
      return { practices, becameWins: becameWins(vault.journal(), practices.map((practice) => practice.id)) };
    },
    'practices.plan': (plan) => evidence().practices.plan(plan),
    'practices.complete': ({ id, outcome }) => evidence().practices.complete(id, outcome),
    'practices.trash': ({ id }) => evidence().practices.records.trash(id),
    'trash.list': async () => ({ items: vault.journal().trashedEvidence() }),
    'trash.restore': async ({ kind, id }) => {
      await keptOf(vault.journal(), kind).restore(id);
      return null;
    },
    'trash.purge': async ({ kind, id }) => {
      await keptOf(vault.journal(), kind).purge(id);
      return null;
    },
  };
}

function keptOf(journal: Journal, kind: string) {
  const { wins, steps, practices } = journal.evidence;
  const records = [wins.records, steps.records, practices.records].find((candidate) => candidate.kind === kind);
  if (!records) throw new VaultError('INVALID_REQUEST', 'That kind of record does not go to the trash.');
  return records;
}
