import { PlusIcon } from '../../components/Icons';

/** What the vault is for, said once, before there is anything in it. */
export function EmptyVault({ onRecord }: { onRecord: () => void }) {
  return (
    <div className="empty-vault">
      <p className="empty-title">A place to keep what went right.</p>
      <p>
        A win here is not a trophy. It is a moment you can point to later: a time you surprised yourself, showed
        up when it was hard, learned something, or helped someone. Small ones count. Writing them down is a way of
        keeping an honest account of yourself, for the days when a failure is all you can see.
      </p>
      <p>Nobody else sees this, and there is nothing to keep up.</p>
      <button type="button" className="button primary" onClick={onRecord}>
        <PlusIcon />
        Record your first win
      </button>
    </div>
  );
}
