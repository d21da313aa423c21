import { Caption1, ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { strings } from '../../i18n/en';
import type { AreaEntry } from './check-index';

const useStyles = makeStyles({
  nav: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    paddingInline: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  line: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  muted: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});

/** The areas of the checklist with how far each is answered; choosing one goes to its next open check. */
export const AreaNav = memo(function AreaNav({
  areas,
  currentArea,
  onChoose,
}: {
  areas: readonly AreaEntry[];
  currentArea: string | undefined;
  onChoose: (area: AreaEntry) => void;
}) {
  const styles = useStyles();
  const s = strings.checks;
  return (
    <nav aria-labelledby="areas-heading" className={styles.nav}>
      <h2 id="areas-heading" className={styles.heading}>
        {s.areas}
      </h2>
      <ul className={styles.list}>
        {areas.map((entry) => {
          const visible = entry.checks.length;
          const current = entry.area.id === currentArea;
          return (
            <li key={entry.area.id}>
              <button
                type="button"
                className={mergeClasses(styles.item, current && styles.current)}
                aria-current={current ? 'step' : undefined}
                aria-label={s.areaProgressLong(entry.area.title, entry.answered, visible)}
                onClick={() => onChoose(entry)}
              >
                <span className={styles.line}>
                  <Text weight={current ? 'semibold' : 'regular'}>{entry.area.title}</Text>
                  <Caption1 className={styles.muted}>{s.areaProgress(entry.answered, visible)}</Caption1>
                </span>
                <ProgressBar value={visible > 0 ? entry.answered / visible : 1} thickness="medium" aria-hidden />
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
