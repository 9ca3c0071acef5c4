import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { fieldLabel, type CheckView } from '../engine';
import { useI18n } from './i18n-context';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: 'start',
    verticalAlign: 'middle',
  },
  header: { fontWeight: tokens.fontWeightRegular, wordBreak: 'break-all' },
  actions: { marginTop: tokens.spacingVerticalS },
});

export interface MappingEditorProps {
  readonly view: CheckView;
  readonly disabled: boolean;
  /** Column letters → field, for the columns the user wants read. */
  onSave: (columns: Readonly<Record<string, string>>) => void;
}

/** Each header column with the field it was read as, correctable with one select per column. */
export function MappingEditor({ view, disabled, onSave }: MappingEditorProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [choice, setChoice] = useState<Readonly<Record<string, string>>>(view.mapping);
  const changed = view.columns.some(({ column }) => (choice[column] ?? '') !== (view.mapping[column] ?? ''));

  if (view.headerRow === null) return null;
  return (
    <div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {t('mappingColumn')}
            </th>
            <th className={styles.cell} scope="col">
              {t('mappingField')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.columns.map(({ column, header }) => {
            const id = `mapping-${column}`;
            return (
              <tr key={column}>
                <th className={`${styles.cell} ${styles.header}`} scope="row">
                  <label htmlFor={id}>
                    {column}: {header}
                  </label>
                </th>
                <td className={styles.cell}>
                  <Select
                    id={id}
                    size="small"
                    value={choice[column] ?? ''}
                    onChange={(_, data) => setChoice((previous) => ({ ...previous, [column]: data.value }))}
                  >
                    <option value="">{t('mappingNone')}</option>
                    {view.fields.map((field) => (
                      <option key={field} value={field}>
                        {fieldLabel(field, lang)}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button
          disabled={disabled || !changed}
          onClick={() => onSave(Object.fromEntries(Object.entries(choice).filter(([, field]) => field !== '')))}
        >
          {t('mappingSave')}
        </Button>
      </div>
    </div>
  );
}
