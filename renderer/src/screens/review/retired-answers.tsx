import { Badge, Body1, Caption1, Card, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { RetiredAnswer } from '../../../../src/core/assessment-schema';
import { evidenceLine, viewRetiredAnswers } from '../../../../src/core/retired-answers';
import { formatDateTime } from '../../components/format';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS, maxWidth: '760px' },
  muted: { color: tokens.colorNeutralForeground3 },
  prompt: { fontWeight: tokens.fontWeightSemibold },
  fields: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, marginBottom: tokens.spacingVerticalXXS },
  value: { margin: 0 },
  items: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** One term of a retired answer and its text, left out when there is nothing to show. */
function Field({ term, children }: { term: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <div>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

/**
 * The answers a checklist upgrade set aside, read-only: the question as the earlier version asked it, the
 * answer and figure given, why it no longer fits, and its notes and evidence. Nothing shows when there are none.
 */
export function RetiredAnswers({ retired }: { retired: readonly RetiredAnswer[] | undefined }) {
  const styles = useStyles();
  const s = strings.retiredAnswers;
  // The window is the buyer's own: internal notes show, marked as such.
  const views = viewRetiredAnswers(retired, true);
  if (views.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="retired-heading">
      <Subtitle1 as="h3" id="retired-heading">
        {s.title(views.length)}
      </Subtitle1>
      <Body1 className={styles.muted}>{s.intro}</Body1>
      <ul className={styles.list} aria-labelledby="retired-heading">
        {views.map((r, index) => (
          <li key={`${r.checkId}-${index}`}>
            <Card className={styles.card} aria-label={r.prompt}>
              <Caption1 className={styles.muted}>{s.from(r.checkId, r.templateVersion)}</Caption1>
              <Body1 className={styles.prompt}>{r.prompt}</Body1>
              <dl className={styles.fields}>
                {r.answer && <Field term={s.answer}>{r.answer}</Field>}
                {r.value !== undefined && <Field term={s.value}>{r.value}</Field>}
                <Field term={s.why}>{r.why}</Field>
                {r.notes.length > 0 && (
                  <Field term={s.notes}>
                    <ul className={styles.items}>
                      {r.notes.map((n) => (
                        <li key={n.id}>
                          {n.visibility === 'internal' && (
                            <Badge appearance="tint" color="danger" size="small">
                              {s.internal}
                            </Badge>
                          )}{' '}
                          {n.text}
                        </li>
                      ))}
                    </ul>
                  </Field>
                )}
                {r.evidence.length > 0 && (
                  <Field term={s.evidence}>
                    <ul className={styles.items}>
                      {r.evidence.map((e) => (
                        <li key={e.id}>{evidenceLine(e)}</li>
                      ))}
                    </ul>
                  </Field>
                )}
              </dl>
              <Caption1 className={styles.muted}>{s.setAside(formatDateTime(r.retiredAt))}</Caption1>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
