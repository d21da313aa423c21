import { Badge, Body1, Button, Caption1, Card, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, KnockOutHit } from '../../../../src/core/engine/evaluate';
import type { Template } from '../../../../src/core/template-schema';
import { RatingBadge, RiskBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold },
  clause: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontStyle: 'italic',
  },
  knockout: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
});

const PAGE = 40;

/** The knock-outs that fired, each with its reason and the checks behind it. */
export function KnockoutList({
  knockouts,
  template,
  onGoTo,
}: {
  knockouts: readonly KnockOutHit[];
  template: Template;
  onGoTo: (checkId: string) => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const prompts = new Map(template.checks.map((c) => [c.id, c.prompt]));
  if (knockouts.length === 0) return <Body1 className={styles.muted}>{s.noKnockouts}</Body1>;
  return (
    <ul className={styles.list}>
      {knockouts.map((k) => (
        <li key={k.id}>
          <Card className={`${styles.card} ${styles.knockout}`}>
            <div className={styles.head}>
              <Caption1 className={styles.label}>{s.knockoutMin(strings.risk.rating[k.minRating])}</Caption1>
              <RatingBadge rating={k.minRating} size="small" />
            </div>
            <Body1>{k.why}</Body1>
            {k.checkIds.map((id) => (
              <Link key={id} as="button" onClick={() => onGoTo(id)}>
                {prompts.get(id) ?? id}
              </Link>
            ))}
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** Every finding, riskiest first, with its recommendation, the contract clause to ask for and the evidence to request. */
export function FindingsList({
  findings,
  template,
  onGoTo,
}: {
  findings: readonly Finding[];
  template: Template;
  onGoTo: (checkId: string) => void;
}) {
  const styles = useStyles();
  const s = strings.review;
  const [limit, setLimit] = useState(PAGE);
  const areas = new Map(template.areas.map((a) => [a.id, a.title]));
  if (findings.length === 0) return <Body1 className={styles.muted}>{s.noFindings}</Body1>;
  return (
    <>
      <ol className={styles.list}>
        {findings.slice(0, limit).map((f) => (
          <li key={f.checkId}>
            <Card className={styles.card}>
              <div className={styles.head}>
                <RiskBadge level={f.level} />
                {f.knockoutId && (
                  <Badge appearance="outline" color="danger">
                    {strings.checks.knockoutBadge}
                  </Badge>
                )}
                <Caption1 className={styles.muted}>{areas.get(f.areaId)}</Caption1>
              </div>
              <Subtitle2 as="h4">{f.prompt}</Subtitle2>
              <Body1>
                <span className={styles.label}>{s.answerWas}: </span>
                {f.unknown ? strings.checks.unknown : f.answer}
                {f.value !== undefined && ` (${String(f.value)})`}
              </Body1>
              {f.recommendations.map((r) => (
                <div key={r.clause}>
                  <Body1>
                    <span className={styles.label}>{s.mitigation}: </span>
                    {r.mitigation}
                  </Body1>
                  <Caption1 className={styles.label}>{s.clause}</Caption1>
                  <blockquote className={styles.clause}>
                    <Body1>{r.clause}</Body1>
                  </blockquote>
                </div>
              ))}
              <Body1>
                <span className={styles.label}>{s.evidence}: </span>
                {f.evidence}
              </Body1>
              <div>
                <Link as="button" onClick={() => onGoTo(f.checkId)}>
                  {s.goToCheck}
                </Link>
              </div>
            </Card>
          </li>
        ))}
      </ol>
      {findings.length > limit && (
        <div>
          <Button onClick={() => setLimit(findings.length)}>{s.showAll(findings.length)}</Button>
        </div>
      )}
    </>
  );
}
