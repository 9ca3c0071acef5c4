import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AmbiguousIncreaseRule, KuseiSettings } from '../../core/settings';
import type { CatalogueChoice } from '../engine';
import { useI18n } from './i18n-context';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '28em' },
});

export interface SettingsFormProps {
  readonly settings: KuseiSettings;
  readonly catalogues: readonly CatalogueChoice[];
  readonly disabled: boolean;
  onSave: (settings: KuseiSettings) => void;
}

function asYear(text: string): number {
  return /^\d{4}$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/** Plan period, report year, the X%増 rule and the catalogue, saved in the workbook. */
export default function SettingsForm({ settings, catalogues, disabled, onSave }: SettingsFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [start, setStart] = useState(String(settings.planStartYear));
  const [years, setYears] = useState(String(settings.planYears));
  const [report, setReport] = useState(String(settings.reportYear));
  const [rule, setRule] = useState<AmbiguousIncreaseRule>(settings.ambiguousIncrease);
  const [catalogueId, setCatalogueId] = useState(settings.catalogueId);
  const [formulas, setFormulas] = useState<'excel' | 'kusei'>(settings.statusFormulas ?? 'excel');

  const planStartYear = asYear(start);
  const reportYear = asYear(report);
  const planYears = /^\d{1,2}$/.test(years.trim()) ? Number(years) : Number.NaN;
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
          });
      }}
    >
      <Field label={t('planStartYear')}>
        <Input type="number" value={start} onChange={(_, data) => setStart(data.value)} />
      </Field>
      <Field label={t('planYears')}>
        <Input type="number" value={years} onChange={(_, data) => setYears(data.value)} />
      </Field>
      <Field
        label={t('reportYear')}
        validationState={valid ? 'none' : 'error'}
        validationMessage={valid ? undefined : t('settingsInvalid')}
      >
        <Input type="number" value={report} onChange={(_, data) => setReport(data.value)} />
      </Field>
      <Field label={t('ambiguousIncrease')}>
        <RadioGroup value={rule} onChange={(_, data) => setRule(data.value === 'relative' ? 'relative' : 'points')}>
          <Radio value="points" label={t('ambiguousPoints')} />
          <Radio value="relative" label={t('ambiguousRelative')} />
        </RadioGroup>
      </Field>
      <Field label={t('statusFormulas')}>
        <RadioGroup value={formulas} onChange={(_, data) => setFormulas(data.value === 'kusei' ? 'kusei' : 'excel')}>
          <Radio value="excel" label={t('statusFormulasExcel')} />
          <Radio value="kusei" label={t('statusFormulasKusei')} />
        </RadioGroup>
      </Field>
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
