import { Body1, Title1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '1240px',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    '@media (max-width: 1000px)': { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  },
  narrow: { maxWidth: '880px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: '72ch' },
});

/** A top-level screen: its one h1, an introduction, then the content. */
export function Page({ title, intro, narrow = false, children }: { title: string; intro?: string; narrow?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.page, narrow && styles.narrow)}>
      <header className={styles.header}>
        <Title1 as="h1">{title}</Title1>
        {intro && <Body1 className={styles.intro}>{intro}</Body1>}
      </header>
      {children}
    </div>
  );
}
