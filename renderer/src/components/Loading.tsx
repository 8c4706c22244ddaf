import { useEffect, useState } from 'react';

/** A quiet wait. The words appear only if it takes long enough to notice. */
export function Loading({ label = 'One moment…' }: { label?: string }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), 400);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="screen-loading" role="status">
      <span className={visible ? undefined : 'visually-hidden'}>{label}</span>
    </div>
  );
}
