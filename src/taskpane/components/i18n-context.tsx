import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Lang, type Translate } from '../i18n';

interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'ja', t: translator('ja') });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
