import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Evaluation } from '../../../../src/core/engine/evaluate';
import { openQuestionWords } from '../../../../src/core/wording';
import { RatingBadge } from '../../components/risk-badge';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  score: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  figures: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end' },
  value: { fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The assessed risk and the open questions side by side, recomputed on every answer. */
export function LiveScore({ evaluation }: { evaluation: Evaluation }) {
  const styles = useStyles();
  const s = strings.session;
  const { overall, progress } = evaluation;
  return (
    <section className={styles.score} aria-label={s.liveScore}>
      <div className={styles.figures}>
        <Text weight="semibold" size={400} className={styles.value} title={s.scoreHint}>
          {s.scoreValue(overall.score)}
        </Text>
        <Caption1 className={styles.muted}>{openQuestionWords(overall.openQuestions, overall.blockingQuestions)}</Caption1>
        <Caption1 className={styles.muted}>{s.answered(progress.answered, progress.visible)}</Caption1>
      </div>
      <RatingBadge rating={overall.rating} provisional={overall.provisional} size="large" long />
    </section>
  );
}
