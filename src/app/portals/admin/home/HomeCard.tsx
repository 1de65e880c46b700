import { Card, CardFooter, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  card: { minHeight: '200px' },
  icon: { fontSize: '24px', color: tokens.colorBrandForeground1, display: 'flex' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flex: 1 },
});

/** One dashboard card: an icon, a heading, the figures, and links at the foot. */
export function HomeCard({ title, icon: Icon, children, footer }: { title: string; icon: FluentIcon; children: ReactNode; footer?: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <Card className={styles.card} role="region" aria-labelledby={headingId}>
      <CardHeader
        image={
          <span className={styles.icon}>
            <Icon />
          </span>
        }
        header={
          <Text as="h2" id={headingId} className={styles.title}>
            {title}
          </Text>
        }
      />
      <div className={styles.body}>{children}</div>
      {footer && <CardFooter>{footer}</CardFooter>}
    </Card>
  );
}

const useFigureStyles = makeStyles({
  figure: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  value: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
});

/** A big number with its caption, e.g. "25 active users". */
export function Figure({ value, caption }: { value: number; caption: string }) {
  const styles = useFigureStyles();
  return (
    <div className={styles.figure}>
      <span className={styles.value}>{value.toLocaleString('en-US')}</span>
      <Text>{caption}</Text>
    </div>
  );
}
