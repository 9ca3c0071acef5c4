import { WARD_NAMES } from '../core/layouts/wards';
import type { Engine } from './engine';

/**
 * The core (layouts, validation, rules, catalogue) is most of the pane's code, and the pane is
 * usable before the first check. So it loads in its own chunk on first use (the first check, or a
 * file opened in standalone mode), keeping the initial download to the shell.
 */
export function lazyEngine(load: () => Promise<Engine>): Engine {
  let loading: Promise<Engine> | null = null;
  const engine = (): Promise<Engine> => (loading ??= load());
  return {
    wards: WARD_NAMES,
    catalogues: async () => (await engine()).catalogues(),
    check: async (snapshot, settings, correction) => (await engine()).check(snapshot, settings, correction),
    planStatusColumns: async (check, settings, placement) =>
      (await engine()).planStatusColumns(check, settings, placement),
    template: async (settings, ward) => (await engine()).template(settings, ward),
    correction: async (check, columns) => (await engine()).correction(check, columns),
    // The table is in the core chunk: asking for it loads the core once, as a check does.
    messages: async () => (await engine()).messages(),
  };
}
