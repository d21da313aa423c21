import { Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DECISION_OUTCOMES } from '../../../../src/core/decision-outcome';
import { RATINGS } from '../../../../src/core/risk';
import { strings } from '../../i18n/en';
import type { LibraryFilter } from './library-filter';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  search: { flex: '1 1 260px', maxWidth: '420px' },
  select: { minWidth: '170px' },
});

/** The library's search box and its rating, decision and review filters. */
export function LibraryFilters({ filter, onChange }: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  const styles = useStyles();
  const s = strings.library;
  return (
    <div className={styles.row} role="search">
      <Field label={s.search} className={styles.search}>
        <SearchBox value={filter.query} onChange={(_, d) => onChange({ ...filter, query: d.value })} />
      </Field>
      <Field label={s.filterRating} className={styles.select}>
        <Select value={filter.rating} onChange={(_, d) => onChange({ ...filter, rating: d.value as LibraryFilter['rating'] })}>
          <option value="all">{s.allRatings}</option>
          {RATINGS.map((r) => (
            <option key={r} value={r}>
              {strings.risk.rating[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.filterDecision} className={styles.select}>
        <Select value={filter.decision} onChange={(_, d) => onChange({ ...filter, decision: d.value as LibraryFilter['decision'] })}>
          <option value="all">{s.allDecisions}</option>
          {DECISION_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {strings.decision.outcome[o]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.reviewDates.filter} className={styles.select}>
        <Select value={filter.review} onChange={(_, d) => onChange({ ...filter, review: d.value as LibraryFilter['review'] })}>
          <option value="all">{strings.reviewDates.filters.all}</option>
          <option value="due">{strings.reviewDates.filters.due}</option>
          <option value="expired">{strings.reviewDates.filters.expired}</option>
        </Select>
      </Field>
    </div>
  );
}
