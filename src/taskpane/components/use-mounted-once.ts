import { useState } from 'react';

/**
 * True from the first time a dialog is asked for, and from then on: mount it then and only open and
 * close it afterwards, since a Fluent Dialog removed while open leaves the rest of the page
 * aria-hidden. Its own module, so the pane's first download carries the hook and not the dialog.
 */
export function useMountedOnceAsked(asked: boolean): boolean {
  const [mounted, setMounted] = useState(false);
  if (asked && !mounted) setMounted(true);
  return mounted || asked;
}
