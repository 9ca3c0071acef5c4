import { Button, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  // The visible Button is the control; the input only hosts the browser's file chooser.
  hidden: { display: 'none' },
});

export interface FileButtonProps {
  readonly label: string;
  /** The file types the chooser offers (the input's `accept`). */
  readonly accept: string;
  readonly multiple?: boolean;
  readonly testId: string;
  readonly appearance?: 'primary' | 'secondary';
  readonly disabled: boolean;
  onFiles: (files: readonly File[]) => void;
}

/** A button that opens the browser's file chooser; choosing the same file again is a new choice. */
export function FileButton({
  label,
  accept,
  multiple = false,
  testId,
  appearance,
  disabled,
  onFiles,
}: FileButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple={multiple}
        accept={accept}
        data-testid={testId}
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (chosen.length > 0) onFiles(chosen);
        }}
      />
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
