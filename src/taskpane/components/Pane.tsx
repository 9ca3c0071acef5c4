import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { GATEWAY_MESSAGES } from '../../core/messages/gateway';
import { renderEntry } from '../../core/messages/table';
import type { CatalogueChoice, Engine } from '../engine';
import type { WorkbookGateway } from '../../workbook/gateway';
import type { Lang } from '../i18n';
import { isOpenFailure, type OpenWorkbook, type StandaloneWorkbook } from '../standalone/types';
import { CheckTab } from './CheckTab';
import { HostNotice } from './HostNotice';
import { I18nProvider, useI18n } from './i18n-context';
import { MessagesProvider } from './messages-context';
import { Notice } from './Notice';
import { panelId, tabId, Tabs } from './Tabs';
import { StandaloneBar } from './StandaloneBar';
import { useDelayed } from './use-delayed';
import { useMountedOnceAsked } from './use-mounted-once';
import { usePane, type Notice as PaneNotice } from './use-pane';

// Loaded when first needed, to keep the pane's first download small: the dialog only on a conflict,
// the settings form on its tab, the sheet grid once a file is open in standalone mode.
const ConflictDialog = lazy(() => import(/* webpackChunkName: "dialog" */ './ConflictDialog'));
const SettingsForm = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsForm'));
const SheetGridView = lazy(() => import(/* webpackChunkName: "grid" */ './SheetGridView'));
const ConsolidateTab = lazy(() => import(/* webpackChunkName: "consolidate" */ './ConsolidateTab'));

type TabId = 'check' | 'settings' | 'consolidate';
const TAB_LABEL = { check: 'tabCheck', settings: 'tabSettings', consolidate: 'tabConsolidate' } as const;
const TABS: readonly TabId[] = ['check', 'settings', 'consolidate'];

/** Saves a blob as a file through a temporary link (the browser's own download). */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns; free it once the download has surely begun.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type PaneHost =
  | { readonly kind: 'excel'; readonly gateway: WorkbookGateway }
  | { readonly kind: 'standalone'; readonly reason: 'noOfficeJs' | 'noHost'; readonly openFile: OpenWorkbook };

export interface PaneProps {
  readonly lang: Lang;
  readonly engine: Engine;
  readonly host: PaneHost;
}

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  layout: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'flex-start' },
  side: { flex: '1 1 22em', minWidth: 0, maxWidth: '40em' },
  grid: { flex: '2 1 30em', minWidth: 0 },
  mode: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  intro: { margin: `${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2 },
});

export function Pane(props: PaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={props.lang}>
        <PaneBody {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}

function NoticeBar({ notice }: { notice: PaneNotice }) {
  const { t, lang } = useI18n();
  // Excel's refusals from their own small part of the table, in this bundle: one can come before the
  // core (and the rest of the table) has loaded, and must still be said.
  const text = notice.key
    ? t(notice.key, notice.params)
    : notice.code
      ? renderEntry(GATEWAY_MESSAGES[notice.code], notice.params ?? {}, lang)
      : notice.text;
  return (
    <Notice
      intent={notice.intent}
      title={notice.intent === 'error' ? t('errorTitle') : undefined}
      details={notice.details}
    >
      {text}
    </Notice>
  );
}

function PaneBody({ engine, host }: PaneProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<TabId>('check');
  const [workbook, setWorkbook] = useState<StandaloneWorkbook | null>(null);
  const [activeSheet, setActiveSheet] = useState<string | null>(null);
  const gateway = host.kind === 'excel' ? host.gateway : (workbook?.gateway ?? null);
  const pane = usePane(gateway, engine);
  const showProgress = useDelayed(pane.busy);
  const missing = gateway?.missingFeatures() ?? [];
  const [catalogues, setCatalogues] = useState<readonly CatalogueChoice[] | null>(null);
  const conflictDialogMounted = useMountedOnceAsked(pane.pending !== null);
  const { run } = pane;

  useEffect(() => {
    if (tab !== 'settings' || catalogues !== null) return;
    void run(async () => {
      setCatalogues(await engine.catalogues());
    });
  }, [tab, catalogues, engine, run]);

  const openFile = (file: File) => {
    if (host.kind !== 'standalone') return;
    void pane.run(async () => {
      const opened = await host.openFile(file);
      if (isOpenFailure(opened)) return [{ intent: 'error', text: (await engine.messages())(opened, lang) }];
      setWorkbook(opened);
      setActiveSheet(opened.activeSheet());
      return undefined;
    });
  };

  const download = () =>
    void pane.run(async () => {
      if (!workbook) return;
      const { blob, fileName } = await workbook.download();
      downloadBlob(blob, fileName);
    });

  const gridSheet =
    workbook && activeSheet
      ? pane.check && pane.check.view.sheet === activeSheet
        ? pane.check.snapshot
        : workbook.sheet(activeSheet)
      : null;
  const selectedCell = pane.selected?.cell ?? null;

  return (
    <MessagesProvider value={pane.renderMessage}>
      <main className={styles.root} aria-busy={pane.busy}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t('appTitle')}</h1>
          <span className={styles.mode}>{host.kind === 'excel' ? t('modeExcel') : t('modeStandalone')}</span>
        </header>

        {host.kind === 'standalone' ? (
          <>
            <p className={styles.intro}>
              {host.reason === 'noOfficeJs' ? `${t('officeUnavailable')} ` : ''}
              {t('standaloneIntro')}
            </p>
            <StandaloneBar
              workbook={workbook}
              activeSheet={activeSheet}
              busy={pane.busy}
              onOpen={openFile}
              onDownload={download}
              onSheet={(name) => {
                workbook?.setActiveSheet(name);
                setActiveSheet(name);
                void pane.actions.check();
              }}
            />
          </>
        ) : null}

        <div className={styles.stack} aria-live="polite">
          <HostNotice missing={missing} />
          {showProgress ? <Spinner size="tiny" label={t('working')} /> : null}
          {pane.notices.map((notice, index) => (
            <NoticeBar key={index} notice={notice} />
          ))}
        </div>

        <div className={styles.layout}>
          <div className={styles.side}>
            <Tabs
              id="pane"
              selected={tab}
              onSelect={(next) => {
                setTab(next);
                // The 設定 tab offers the workbook's 計画定義 sheet as it is now.
                if (next === 'settings' && next !== tab) void pane.actions.readPlanSheet();
              }}
              tabs={TABS.map((value) => ({ value, label: t(TAB_LABEL[value]) }))}
            />
            <div role="tabpanel" id={panelId('pane')} aria-labelledby={tabId('pane', tab)}>
              {tab === 'check' ? (
                gateway ? (
                  <CheckTab
                    view={pane.check?.view ?? null}
                    revision={pane.revision}
                    busy={pane.busy}
                    missing={missing}
                    wards={engine.wards}
                    selected={pane.selected}
                    onCheck={() => void pane.actions.check()}
                    onSelect={(finding) => void pane.actions.selectFinding(finding)}
                    onSaveMapping={(correction) => void pane.actions.saveMapping(correction)}
                    onAddStatus={() => void pane.actions.addStatusColumns()}
                    onInsertTemplate={(ward) => void pane.actions.insertTemplate(ward)}
                    onInsertPlanTemplate={() => void pane.actions.insertPlanTemplate()}
                  />
                ) : (
                  <p className={styles.intro}>{t('openFileFirst')}</p>
                )
              ) : tab === 'settings' ? (
                <Suspense fallback={<Spinner size="tiny" />}>
                  <SettingsForm
                    key={`${JSON.stringify(pane.settings)} ${pane.planSheet ? (pane.planSheet.plan?.id ?? 'invalid') : ''}`}
                    settings={pane.settings}
                    catalogues={catalogues ?? []}
                    disabled={pane.busy}
                    planSheet={pane.planSheet}
                    selected={pane.selected}
                    onSelectFinding={(finding) => void pane.actions.selectFinding(finding)}
                    onSave={(settings) => void pane.actions.saveSettings(settings)}
                  />
                </Suspense>
              ) : (
                <Suspense fallback={<Spinner size="tiny" />}>
                  <ConsolidateTab
                    settings={pane.settings}
                    gateway={host.kind === 'excel' ? host.gateway : null}
                    run={pane.run}
                    busy={pane.busy}
                    onDownload={downloadBlob}
                  />
                </Suspense>
              )}
            </div>
          </div>
          {gridSheet && tab !== 'consolidate' ? (
            <div className={styles.grid}>
              <Suspense fallback={<Spinner size="tiny" />}>
                <SheetGridView
                  sheet={gridSheet}
                  findings={pane.check?.view.findings ?? []}
                  selectedCell={selectedCell && pane.selected?.sheet === activeSheet ? selectedCell : null}
                />
              </Suspense>
            </div>
          ) : null}
        </div>

        {conflictDialogMounted ? (
          <Suspense fallback={null}>
            <ConflictDialog
              conflicts={pane.pending?.conflicts ?? null}
              onOverwrite={() => void pane.actions.addStatusColumns('afterTable', true)}
              onAppend={() => void pane.actions.addStatusColumns('newColumns', false)}
              onCancel={pane.actions.cancelWrite}
            />
          </Suspense>
        ) : null}
      </main>
    </MessagesProvider>
  );
}
