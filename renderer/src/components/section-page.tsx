import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  scroll: { height: '100%', overflowY: 'auto' },
  page: {
    boxSizing: 'border-box',
    maxWidth: '1040px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media (max-width: 1000px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
});

/** A section of a session (profile, data path, review, export): an h2 under the service's h1, then the content. */
export function SectionPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <div className={styles.page}>
        <Title3 as="h2">{title}</Title3>
        {intro && <Body1 className={styles.intro}>{intro}</Body1>}
        {children}
      </div>
    </div>
  );
}
