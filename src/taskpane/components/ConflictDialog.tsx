import { Button } from '@fluentui/react-components';
import type { WriteConflict } from '../../workbook/gateway';
import { AlertDialog } from './AlertDialog';
import { useI18n } from './i18n-context';

const SHOWN = 8;

export interface ConflictDialogProps {
  readonly conflicts: readonly WriteConflict[] | null;
  onOverwrite: () => void;
  onAppend: () => void;
  onCancel: () => void;
}

/** Asks before the status columns replace anything (the pane never overwrites silently). */
export default function ConflictDialog({ conflicts, onOverwrite, onAppend, onCancel }: ConflictDialogProps) {
  const { t } = useI18n();
  const count = conflicts?.length ?? 0;
  return (
    <AlertDialog
      open={conflicts !== null}
      title={t('conflictTitle')}
      onCancel={onCancel}
      actions={
        <>
          <Button appearance="primary" onClick={onAppend}>
            {t('appendInstead')}
          </Button>
          <Button onClick={onOverwrite}>{t('overwrite')}</Button>
          <Button onClick={onCancel}>{t('cancel')}</Button>
        </>
      }
    >
      <p>{t('conflictBody', { count })}</p>
      <ul>
        {(conflicts ?? []).slice(0, SHOWN).map((conflict) => (
          <li key={conflict.address}>
            {conflict.address}: 「{conflict.text}」
          </li>
        ))}
        {count > SHOWN ? <li>{t('conflictMore', { count: count - SHOWN })}</li> : null}
      </ul>
    </AlertDialog>
  );
}
