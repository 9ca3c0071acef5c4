import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/finding';
import { isKuseiError } from '../../core/result';
import type { AmbiguousIncreaseRule, KuseiSettings, PlanSource, StatusFormulas } from '../../core/settings';
import { toWareki } from '../../core/values/fiscal-year';
import type { CatalogueChoice } from '../engine';
import type { PlanSheetState } from '../plan-choice';
import type { MessageKey } from '../i18n';
import { FindingsList } from './FindingsList';
import { useI18n } from './i18n-context';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '28em' },
});

export interface SettingsFormProps {
  readonly settings: KuseiSettings;
  readonly catalogues: readonly CatalogueChoice[];
  readonly disabled: boolean;
  /** The workbook's 計画定義 sheet as read, or null while it is being read. */
  readonly planSheet?: PlanSheetState | null;
  readonly selected?: Finding | null;
  onSave: (settings: KuseiSettings) => void;
  onSelectFinding?: (finding: Finding) => void;
}

function yearName(year: number): string {
  const name = toWareki(year);
  return isKuseiError(name) ? String(year) : name;
}

function asYear(text: string): number {
  return /^\d{4}$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/** Each radio field's choices: the value saved and the label it shows. */
const AMBIGUOUS_INCREASE = [
  ['points', 'ambiguousPoints'],
  ['relative', 'ambiguousRelative'],
] as const satisfies readonly (readonly [AmbiguousIncreaseRule, MessageKey])[];
const STATUS_FORMULAS = [
  ['excel', 'statusFormulasExcel'],
  ['kusei', 'statusFormulasKusei'],
] as const satisfies readonly (readonly [StatusFormulas, MessageKey])[];

/** A field of radio buttons, one per choice. */
function ChoiceField<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: MessageKey;
  value: T;
  choices: readonly (readonly [T, MessageKey])[];
  onChange: (value: T) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t(label)}>
      <RadioGroup
        value={value}
        onChange={(_, data) => {
          const chosen = choices.find(([choice]) => choice === data.value);
          if (chosen) onChange(chosen[0]);
        }}
      >
        {choices.map(([choice, text]) => (
          <Radio key={choice} value={choice} label={t(text)} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** Plan period, report year, the X%増 rule and the catalogue, saved in the workbook. */
export default function SettingsForm({
  settings,
  catalogues,
  disabled,
  planSheet = null,
  selected = null,
  onSave,
  onSelectFinding = () => undefined,
}: SettingsFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [start, setStart] = useState(String(settings.planStartYear));
  const [years, setYears] = useState(String(settings.planYears));
  const [report, setReport] = useState(String(settings.reportYear));
  const [rule, setRule] = useState<AmbiguousIncreaseRule>(settings.ambiguousIncrease);
  const [catalogueId, setCatalogueId] = useState(settings.catalogueId);
  const [formulas, setFormulas] = useState<StatusFormulas>(settings.statusFormulas ?? 'excel');
  // The sheet's plan is offered only when it reads without an error; its period replaces the fields.
  const sheetPlan = planSheet?.plan ?? null;
  const [source, setSource] = useState<PlanSource>(settings.planSource === 'sheet' && sheetPlan ? 'sheet' : 'shipped');
  const fromSheet = source === 'sheet' && sheetPlan !== null;

  const planStartYear = fromSheet ? sheetPlan.firstYear : asYear(start);
  const reportYear = asYear(report);
  const planYears = fromSheet
    ? sheetPlan.lastYear - sheetPlan.firstYear + 1
    : /^\d{1,2}$/.test(years.trim())
      ? Number(years)
      : Number.NaN;
  const valid =
    Number.isInteger(planStartYear) &&
    Number.isInteger(reportYear) &&
    planYears >= 1 &&
    planYears <= 10 &&
    reportYear >= planStartYear &&
    reportYear < planStartYear + planYears;

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid)
          onSave({
            planStartYear,
            planYears,
            reportYear,
            ambiguousIncrease: rule,
            catalogueId,
            statusFormulas: formulas,
            ...(fromSheet ? { planSource: 'sheet' as const } : {}),
          });
      }}
    >
      <Field label={t('planSource')}>
        <Select
          value={fromSheet ? 'sheet' : 'shipped'}
          onChange={(_, data) => setSource(data.value === 'sheet' ? 'sheet' : 'shipped')}
        >
          <option value="shipped">{t('planShipped')}</option>
          {sheetPlan ? <option value="sheet">{t('planFromSheet')}</option> : null}
        </Select>
      </Field>
      {planSheet && !planSheet.present ? <p>{t('planSheetMissing')}</p> : null}
      {planSheet?.present && sheetPlan === null ? (
        <div role="group" aria-label={t('planSheetInvalid')}>
          <p>{t('planSheetInvalid')}</p>
          <FindingsList findings={planSheet.findings} selected={selected} onSelect={onSelectFinding} />
        </div>
      ) : null}
      {fromSheet ? (
        <p data-testid="plan-period">
          {t('planSheetPeriod', {
            first: yearName(sheetPlan.firstYear),
            last: yearName(sheetPlan.lastYear),
            years: planYears,
          })}
        </p>
      ) : (
        <>
          <Field label={t('planStartYear')}>
            <Input type="number" value={start} onChange={(_, data) => setStart(data.value)} />
          </Field>
          <Field label={t('planYears')}>
            <Input type="number" value={years} onChange={(_, data) => setYears(data.value)} />
          </Field>
        </>
      )}
      <Field
        label={t('reportYear')}
        validationState={valid ? 'none' : 'error'}
        validationMessage={valid ? undefined : t('settingsInvalid')}
      >
        <Input type="number" value={report} onChange={(_, data) => setReport(data.value)} />
      </Field>
      <ChoiceField label="ambiguousIncrease" value={rule} onChange={setRule} choices={AMBIGUOUS_INCREASE} />
      <ChoiceField label="statusFormulas" value={formulas} onChange={setFormulas} choices={STATUS_FORMULAS} />
      <Field label={t('catalogue')}>
        <Select value={catalogueId} onChange={(_, data) => setCatalogueId(data.value)}>
          {catalogues.map((catalogue) => (
            <option key={catalogue.id} value={catalogue.id}>
              {catalogue.name}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={disabled || !valid}>
          {t('settingsSave')}
        </Button>
      </div>
    </form>
  );
}
