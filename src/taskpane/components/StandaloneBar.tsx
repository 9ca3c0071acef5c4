import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LabelledSelect } from './LabelledSelect';
import { XLSX_TYPE } from '../standalone/load-exceljs';
import type { StandaloneWorkbook } from '../standalone/types';
import { FileButton } from './FileButton';
import { useI18n } from './i18n-context';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  file: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface StandaloneBarProps {
  readonly workbook: StandaloneWorkbook | null;
  readonly activeSheet: string | null;
  readonly busy: boolean;
  onOpen: (file: File) => void;
  onSheet: (name: string) => void;
  onDownload: () => void;
}

/** Standalone mode's own controls: open an .xlsx, choose a sheet, download the result. */
export function StandaloneBar({ workbook, activeSheet, busy, onOpen, onSheet, onDownload }: StandaloneBarProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div>
      <div className={styles.bar}>
        <FileButton
          label={t('openFile')}
          accept={`.xlsx,${XLSX_TYPE}`}
          testId="file-input"
          appearance={workbook ? 'secondary' : 'primary'}
          disabled={busy}
          onFiles={([file]) => {
            if (file) onOpen(file);
          }}
        />
        {workbook ? (
          <>
            <LabelledSelect label={t('sheetLabel')} value={activeSheet ?? ''} disabled={busy} onChange={onSheet}>
              {workbook.sheetNames().map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </LabelledSelect>
            <Button disabled={busy} onClick={onDownload}>
              {t('download')}
            </Button>
          </>
        ) : null}
      </div>
      {workbook ? <p className={styles.file}>{t('openedFile', { name: workbook.fileName })}</p> : null}
    </div>
  );
}
