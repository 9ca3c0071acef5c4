import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface AlertDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** The buttons, the one to choose first marked primary. */
  readonly actions: ReactNode;
  /** Escape, or anything else that closes the dialog without an answer. */
  onCancel: () => void;
}

/**
 * A question the pane asks before it replaces anything: it never overwrites silently. Mount it with
 * useMountedOnceAsked and only open and close it afterwards.
 */
export function AlertDialog({ open, title, children, actions, onCancel }: AlertDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
