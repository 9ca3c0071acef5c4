import { Button, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { KuseiSettings } from '../../core/settings';
import { localAddress } from '../../core/address';
import { renderMessageOf } from '../../core/messages/render';
import type { ConsolidationView, FileProgress } from '../consolidate/run';
import { ReportView, Submissions } from '../consolidate/ReportView';
import type { WorkbookGateway } from '../../workbook/gateway';
import { XLSX_TYPE } from '../standalone/load-exceljs';
import { AlertDialog } from './AlertDialog';
import { FileButton } from './FileButton';
import { useI18n } from './i18n-context';
import { Notice } from './Notice';
import { useMountedOnceAsked } from './use-mounted-once';

const FINDINGS_SHOWN = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalM },
  files: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  file: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  meta: {
    margin: `${tokens.spacingVerticalXXS} 0`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  findings: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Loaded on first use: the readers, the core's validation and aggregation, ExcelJS. */
const loadRun = () => import(/* webpackChunkName: "consolidate-run" */ '../consolidate/run');

export interface ConsolidateTabProps {
  readonly settings: KuseiSettings;
  /** The open workbook (Excel); null in standalone mode, where the summary is downloaded. */
  readonly gateway: WorkbookGateway | null;
  /** Runs work with the pane's busy indicator and error reporting; returns the notices to show. */
  readonly run: (work: () => Promise<readonly { intent: 'success' | 'error'; text: string }[] | void>) => Promise<void>;
  readonly busy: boolean;
  readonly onDownload: (blob: Blob, fileName: string) => void;
}

function FileRow({ file }: { file: FileProgress }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const value = file.state === 'waiting' ? 0 : file.state === 'reading' ? undefined : 1;
  const status =
    file.state === 'waiting'
      ? t('fileWaiting')
      : file.state === 'reading'
        ? t('fileReading')
        : file.state === 'failed'
          ? t('fileFailed')
          : t('fileDone', {
              ward: file.ward ?? t('unknownWard'),
              layout: file.layout ?? t('unknownLayout'),
              records: file.records,
              errors: file.errors,
              warnings: file.warnings,
            });
  const serious = file.findings.filter((finding) => finding.severity !== 'info');
  return (
    <li className={styles.file} data-file={file.name} data-state={file.state}>
      <p className={styles.name} id={`file-${file.name}`}>
        {file.name}
      </p>
      <ProgressBar
        value={value}
        max={1}
        color={file.state === 'failed' ? 'error' : file.errors > 0 ? 'warning' : 'brand'}
        aria-labelledby={`file-${file.name}`}
        aria-valuetext={status}
      />
      <p className={styles.meta}>{status}</p>
      {file.problem ? <Notice intent="error">{renderMessageOf(file.problem, lang)}</Notice> : null}
      {serious.length > 0 ? (
        <ul className={styles.findings} aria-label={file.name}>
          {serious.slice(0, FINDINGS_SHOWN).map((finding, index) => (
            <li key={`${finding.code}-${finding.cell ?? ''}-${index}`} data-code={finding.code}>
              <span className={styles.cell}>
                {finding.cell ? `${finding.sheet}!${localAddress(finding.cell)}` : finding.sheet}
              </span>
              {renderMessageOf(finding, lang)}
            </li>
          ))}
          {serious.length > FINDINGS_SHOWN ? (
            <li>{t('moreFindings', { count: serious.length - FINDINGS_SHOWN })}</li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

/** コーディネーター: ワークブックを統合. Many ward files in, Tables 2 and 1 out (issue 6). */
export default function ConsolidateTab({ settings, gateway, run, busy, onDownload }: ConsolidateTabProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [files, setFiles] = useState<readonly FileProgress[]>([]);
  const [view, setView] = useState<ConsolidationView | null>(null);
  const [existing, setExisting] = useState<readonly string[] | null>(null);
  const dialogMounted = useMountedOnceAsked(existing !== null);

  const start = (chosen: readonly File[]) =>
    run(async () => {
      setView(null);
      const module = await loadRun();
      setView(await module.consolidate(chosen, settings, setFiles, lang));
    });

  const write = (replace: boolean) =>
    run(async () => {
      if (!gateway || !view) return;
      setExisting(null);
      const outcome = await gateway.writeSummary(view.grids, { replace });
      if (outcome.kind === 'exists') {
        setExisting(outcome.sheets);
        return;
      }
      return [{ intent: 'success', text: t('summaryWritten', { sheets: outcome.sheets.join('」「') }) }];
    });

  const download = () =>
    run(async () => {
      if (!view) return;
      const module = await loadRun();
      onDownload(await module.summaryWorkbook(view.grids), 'city-summary.xlsx');
    });

  return (
    <div className={styles.root}>
      <p>{t('consolidateIntro')}</p>
      <div className={styles.actions}>
        <FileButton
          label={t('chooseWardFiles')}
          accept={`.xlsx,.csv,${XLSX_TYPE},text/csv`}
          multiple
          testId="ward-files-input"
          appearance="primary"
          disabled={busy}
          onFiles={(chosen) => void start(chosen)}
        />
      </div>
      {view ? (
        <>
          <Submissions report={view.report} />
          <Notice intent="info">
            <span data-testid="table2-total">
              {t('table2Total', {
                counted: view.report.summary.table2.indicators.filter((row) => row.counted).length,
                ...view.report.summary.table2.total,
              })}
            </span>
            <br />
            <span data-testid="table1-total">{t('table1Total', { ...view.report.summary.table1 })}</span>
          </Notice>
          <div className={styles.actions}>
            {gateway?.kind === 'excel' ? (
              <Button
                appearance="primary"
                disabled={busy || gateway.missingFeatures().some((missing) => missing.feature === 'insertSheet')}
                onClick={() => void write(false)}
              >
                {t('writeSummary')}
              </Button>
            ) : (
              <Button appearance="primary" disabled={busy} onClick={() => void download()}>
                {t('downloadSummary')}
              </Button>
            )}
          </div>
          <ReportView report={view.report} />
        </>
      ) : null}
      {files.length > 0 ? (
        <ul className={styles.files} aria-label={t('chooseWardFiles')}>
          {files.map((file) => (
            <FileRow key={file.name} file={file} />
          ))}
        </ul>
      ) : null}
      {dialogMounted ? (
        <AlertDialog
          open={existing !== null}
          title={t('replaceTitle')}
          onCancel={() => setExisting(null)}
          actions={
            <>
              <Button appearance="primary" onClick={() => void write(true)}>
                {t('replace')}
              </Button>
              <Button onClick={() => setExisting(null)}>{t('cancel')}</Button>
            </>
          }
        >
          {t('replaceBody', { sheets: (existing ?? []).join('」「') })}
        </AlertDialog>
      ) : null}
    </div>
  );
}
