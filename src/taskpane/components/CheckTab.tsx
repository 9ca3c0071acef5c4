import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LabelledSelect } from './LabelledSelect';
import { useState } from 'react';
import type { Finding } from '../../core/finding';
import type { CheckView } from '../engine';
import type { MissingFeature } from '../../workbook/gateway';
import { FindingsList } from './FindingsList';
import { useI18n } from './i18n-context';
import { MappingEditor } from './MappingEditor';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  section: { marginTop: tokens.spacingVerticalL },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  summary: { margin: 0, color: tokens.colorNeutralForeground2 },
  template: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', marginTop: tokens.spacingVerticalM },
});

export interface CheckTabProps {
  readonly view: CheckView | null;
  /** Changes on every check, so the mapping editor starts from the new detection. */
  readonly revision: number;
  readonly busy: boolean;
  readonly missing: readonly MissingFeature[];
  readonly wards: readonly string[];
  readonly selected: Finding | null;
  onCheck: () => void;
  onSelect: (finding: Finding) => void;
  onSaveMapping: (columns: Readonly<Record<string, string>>) => void;
  onAddStatus: () => void;
  onInsertTemplate: (ward: string) => void;
  /** An empty 計画定義 sheet (issue 16): a coordinator's plan, read back by 設定. */
  onInsertPlanTemplate?: () => void;
}

export function CheckTab(props: CheckTabProps) {
  const { view, busy, missing } = props;
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [chosenWard, setWard] = useState<string | null>(null);
  // The template is for the checked sheet's ward unless the user picks another.
  const ward = chosenWard ?? (view?.ward && props.wards.includes(view.ward) ? view.ward : (props.wards[0] ?? ''));
  const lacks = (feature: MissingFeature['feature']) => missing.some((item) => item.feature === feature);

  return (
    <div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || lacks('read')} onClick={props.onCheck}>
          {t('checkSheet')}
        </Button>
        <Button disabled={busy || lacks('write')} onClick={props.onAddStatus}>
          {t('addStatusColumns')}
        </Button>
      </div>
      <div className={styles.template}>
        <LabelledSelect label={t('templateWard')} value={ward} onChange={setWard}>
          {props.wards.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </LabelledSelect>
        <Button disabled={busy || lacks('insertSheet')} onClick={() => props.onInsertTemplate(ward)}>
          {t('insertTemplate')}
        </Button>
        {props.onInsertPlanTemplate ? (
          <Button disabled={busy || lacks('insertSheet')} onClick={props.onInsertPlanTemplate}>
            {t('insertPlanTemplate')}
          </Button>
        ) : null}
      </div>

      {view ? (
        <>
          <section className={styles.section} aria-labelledby="layout-heading">
            <h2 id="layout-heading" className={styles.heading}>
              {t('layout')}: {lang === 'en' ? view.layoutNameEn : view.layoutName}
            </h2>
            <p className={styles.summary} data-testid="layout-summary">
              {view.sheet} · {t('confidence', { percent: Math.round(view.confidence * 100) })}
              {view.headerRow ? ` · ${t('headerRow', { row: view.headerRow })}` : ''} ·{' '}
              {t('records', { count: view.recordCount })}
            </p>
          </section>
          <section className={styles.section} aria-labelledby="findings-heading">
            <h2 id="findings-heading" className={styles.heading}>
              {t('findingsTitle')} ({view.findings.length})
            </h2>
            <FindingsList findings={view.findings} selected={props.selected} onSelect={props.onSelect} />
          </section>
          <section className={styles.section} aria-labelledby="mapping-heading">
            <h2 id="mapping-heading" className={styles.heading}>
              {t('mappingTitle')}
            </h2>
            <MappingEditor key={props.revision} view={view} disabled={busy} onSave={props.onSaveMapping} />
          </section>
        </>
      ) : null}
    </div>
  );
}
