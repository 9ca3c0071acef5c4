import { languageFor, type Lang } from './i18n';

export type Boot =
  | { readonly kind: 'excel'; readonly lang: Lang }
  | { readonly kind: 'standalone'; readonly reason: 'noOfficeJs' | 'noHost'; readonly lang: Lang };

/** The parts of the page's globals the boot decision reads (injected for tests). */
export interface BootGlobals {
  readonly Office?: { onReady(): Promise<{ host: unknown }>; context?: { displayLanguage?: string } };
  readonly location: { readonly search: string };
}

/**
 * Excel or standalone, decided without waiting on a timer: taskpane.html loads office.js with a
 * plain (blocking) script tag and this bundle is deferred, so by the time this runs office.js has
 * either run (Office is defined) or failed to load (it is not: offline, blocked, CSP). Outside
 * Office, Office.onReady resolves at once with host null.
 */
export async function detectHost(globals: BootGlobals): Promise<Boot> {
  const queryLang = new URLSearchParams(globals.location.search).get('lang');
  const office = globals.Office;
  if (office === undefined) return { kind: 'standalone', reason: 'noOfficeJs', lang: languageFor(queryLang) };
  const info = await office.onReady();
  if (info.host === 'Excel') return { kind: 'excel', lang: languageFor(office.context?.displayLanguage) };
  return { kind: 'standalone', reason: 'noHost', lang: languageFor(queryLang) };
}
