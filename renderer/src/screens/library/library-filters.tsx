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

/** The library's search box and its rating and decision filters. */
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
    </div>
  );
}
