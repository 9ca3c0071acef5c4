import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

/** An intent's strip: its background and a thin border of the same hue. */
const strip = (backgroundColor: string, borderColor: string) => ({
  backgroundColor,
  border: `${tokens.strokeWidthThin} solid ${borderColor}`,
});

const useStyles = makeStyles({
  root: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  success: strip(tokens.colorPaletteGreenBackground1, tokens.colorPaletteGreenBorder1),
  info: strip(tokens.colorNeutralBackground3, tokens.colorNeutralStroke1),
  warning: strip(tokens.colorPaletteYellowBackground1, tokens.colorPaletteYellowBorder1),
  error: strip(tokens.colorPaletteRedBackground1, tokens.colorPaletteRedBorder1),
  title: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  details: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

/**
 * A message strip in Fluent's colours (tokens), lighter than Fluent's MessageBar, which brings its
 * animation library into the first download: the pane shows one of these on every action. `details`
 * is a second, smaller line for support (an Office failure's code and debugInfo).
 */
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
