import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LabelledSelect } from './LabelledSelect';
import { useRef } from 'react';
import type { StandaloneWorkbook } from '../standalone/types';
import { useI18n } from './i18n-context';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  // The visible Button is the control; the input only hosts the browser's file chooser.
  hidden: { display: 'none' },
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
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <div className={styles.bar}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onOpen(file);
            event.currentTarget.value = '';
          }}
        />
        <Button appearance={workbook ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          {t('openFile')}
        </Button>
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
