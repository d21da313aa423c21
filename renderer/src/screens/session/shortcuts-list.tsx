import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomWidth: '2px',
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 4px',
    color: tokens.colorNeutralForeground2,
  },
  dd: { margin: 0 },
});

const ORDER = ['choose', 'unknown', 'notApplicable', 'next', 'previous', 'help'] as const;

/** The keyboard shortcuts of the checks screen, always listed in the window. */
export function ShortcutsList() {
  const styles = useStyles();
  const s = strings.shortcuts;
  return (
    <section className={styles.root} aria-labelledby="shortcuts-heading">
      <h3 id="shortcuts-heading" className={styles.heading}>
        {s.title}
      </h3>
      <dl className={styles.list}>
        {ORDER.map((k) => (
          <div key={k} className={styles.item}>
            <dt>
              <kbd className={styles.key}>{s.keys[k]}</kbd>
            </dt>
            <dd className={styles.dd}>
              <Caption1>{s[k]}</Caption1>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
