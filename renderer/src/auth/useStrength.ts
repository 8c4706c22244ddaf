import { useEffect, useState } from 'react';
import { estimate, loadStrength, type Strength } from '../lib/strength';

/** The live estimate for a passphrase being typed; null while empty or still loading. */
export function useStrength(passphrase: string): Strength | null {
  const [strength, setStrength] = useState<Strength | null>(null);

  useEffect(() => {
    void loadStrength().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!passphrase) {
      setStrength(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      estimate(passphrase).then(
        (result) => live && setStrength(result),
        () => live && setStrength(null),
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [passphrase]);

  return strength;
}
