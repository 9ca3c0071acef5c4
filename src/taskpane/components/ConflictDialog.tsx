import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { WriteConflict } from '../../workbook/gateway';
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
  return (
    <Dialog
      open={conflicts !== null}
      modalType="alert"
      onOpenChange={(_, data) => (data.open ? undefined : onCancel())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('conflictTitle')}</DialogTitle>
          <DialogContent>
            <p>{t('conflictBody', { count: conflicts?.length ?? 0 })}</p>
            <ul>
              {(conflicts ?? []).slice(0, SHOWN).map((conflict) => (
                <li key={conflict.address}>
                  {conflict.address}: 「{conflict.text}」
                </li>
              ))}
              {(conflicts?.length ?? 0) > SHOWN ? (
                <li>{t('conflictMore', { count: (conflicts?.length ?? 0) - SHOWN })}</li>
              ) : null}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onAppend}>
              {t('appendInstead')}
            </Button>
            <Button onClick={onOverwrite}>{t('overwrite')}</Button>
            <Button onClick={onCancel}>{t('cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
