import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Severity } from '../../core/finding';
import { localAddress } from '../../core/address';
import type { MessageKey } from '../i18n';
import { useI18n } from './i18n-context';
import { useRenderMessage } from './messages-context';

const SEVERITIES: readonly { severity: Severity; label: MessageKey }[] = [
  { severity: 'error', label: 'severityError' },
  { severity: 'warning', label: 'severityWarning' },
  { severity: 'info', label: 'severityInfo' },
];

/** Findings rendered per group at first: a 10,000-row sheet may have thousands, and the list must stay quick. */
export const PAGE = 200;

const MARKER: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteMarigoldBorder2,
  info: tokens.colorPaletteBlueBorderActive,
};

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: '4.5em',
    flexShrink: 0,
    color: tokens.colorNeutralForeground2,
  },
  text: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    marginTop: tokens.spacingVerticalXXS,
    wordBreak: 'break-all',
  },
});

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly selected: Finding | null;
  onSelect: (finding: Finding) => void;
}

/** Findings grouped by severity, with counts; each one a button that goes to its cell. */
export function FindingsList({ findings, selected, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const renderMessage = useRenderMessage();
  const [shown, setShown] = useState<Readonly<Record<Severity, number>>>({ error: PAGE, warning: PAGE, info: PAGE });
  if (findings.length === 0) return <p>{t('noFindings')}</p>;
  // Findings reach the pane with the renderer (use-pane.ts); without it, nothing rather than raw codes.
  if (renderMessage === null) return null;
  return (
    <div>
      <p>{t('selectFindingHint')}</p>
      {SEVERITIES.map(({ severity, label }) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {t(label)} ({group.length})
            </h3>
            <ul className={styles.list}>
              {group.slice(0, shown[severity]).map((finding, index) => (
                <li key={`${finding.code}-${finding.cell ?? ''}-${index}`}>
                  <button
                    type="button"
                    className={finding === selected ? `${styles.item} ${styles.selected}` : styles.item}
                    style={{ borderLeftColor: MARKER[severity] }}
                    aria-current={finding === selected ? 'true' : undefined}
                    data-code={finding.code}
                    data-severity={finding.severity}
                    data-cell={finding.cell ?? ''}
                    onClick={() => onSelect(finding)}
                  >
                    <span className={styles.cell}>{finding.cell ? localAddress(finding.cell) : t('sheetLevel')}</span>
                    <span>
                      {renderMessage(finding, lang)}
                      {finding.text ? <span className={styles.text}>「{finding.text}」</span> : null}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {group.length > shown[severity] ? (
              <Button
                appearance="subtle"
                size="small"
                onClick={() => setShown((previous) => ({ ...previous, [severity]: previous[severity] + PAGE }))}
              >
                {t('showMore', {
                  count: Math.min(PAGE, group.length - shown[severity]),
                  rest: group.length - shown[severity],
                })}
              </Button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
