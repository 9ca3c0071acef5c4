import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A message strip in Fluent's colours (tokens), lighter than Fluent's MessageBar, which brings its
 * animation library into the first download: the pane shows one of these on every action.
 */
export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

const useStyles = makeStyles({
  root: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  title: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  details: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

/** `details` is a second, smaller line for support (an Office failure's code and debugInfo). */
export function Notice({
  intent,
  title,
  details,
  children,
}: {
  intent: NoticeIntent;
  title?: string | undefined;
  details?: string | undefined;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div
      className={mergeClasses(styles.root, styles[intent])}
      role={intent === 'error' ? 'alert' : 'status'}
      data-intent={intent}
    >
      {title ? <strong className={styles.title}>{title}</strong> : null}
      {children}
      {details ? (
        <small className={styles.details} data-testid="notice-details">
          {details}
        </small>
      ) : null}
    </div>
  );
}
