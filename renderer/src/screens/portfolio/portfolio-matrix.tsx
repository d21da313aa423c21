import { makeStyles, tokens } from '@fluentui/react-components';
import type { Portfolio } from '../../../../src/core/portfolio';
import { PROVIDER_ROLE_LABEL } from '../../../../src/core/portfolio-words';
import { RatingBadge } from '../../components/risk-badge';
import { VisuallyHidden } from '../../components/visually-hidden';
import { strings } from '../../i18n/en';
import { useTableStyles } from './concentration-table';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  linked: { backgroundColor: tokens.colorNeutralBackground2 },
  cellBody: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  role: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  column: { minWidth: '120px' },
});

/** Services (rows) against providers (columns): a cell shows the service's rating and the provider's role there. */
export function PortfolioMatrix({ portfolio }: { portfolio: Portfolio }) {
  const styles = useStyles();
  const table = useTableStyles();
  const s = strings.portfolio;
  return (
    // A wide matrix scrolls sideways; the region is focusable so a keyboard can scroll it too.
    <div className={styles.scroller} role="region" aria-label={s.matrixRegion} tabIndex={0}>
      <table className={table.table} aria-label={s.matrix}>
        <thead>
          <tr>
            <th scope="col" className={table.head}>
              {s.service}
            </th>
            {portfolio.providers.map((p) => (
              <th key={p.key} scope="col" className={`${table.head} ${styles.column}`}>
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {portfolio.matrix.map((row) => (
            <tr key={row.service.id}>
              <th scope="row" className={`${table.cell} ${table.rowHead}`}>
                {row.service.service}
                <span className={table.muted}>{row.service.vendor}</span>
              </th>
              {row.cells.map((cell, i) => (
                <td key={portfolio.providers[i]?.key ?? i} className={`${table.cell} ${cell ? styles.linked : ''}`}>
                  {cell ? (
                    <span className={styles.cellBody}>
                      <RatingBadge rating={row.service.rating} provisional={row.service.provisional} size="small" />
                      <span className={styles.role}>{cell.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', ')}</span>
                    </span>
                  ) : (
                    <VisuallyHidden>{s.notUsed}</VisuallyHidden>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
