import { useEffect, useState } from 'react';

/** True once `active` has stayed true for `delayMs`: a progress indicator only for slow work. */
export function useDelayed(active: boolean, delayMs = 500): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return shown;
}
