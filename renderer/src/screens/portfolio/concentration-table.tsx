import { makeStyles, tokens } from '@fluentui/react-components';
import type { Portfolio } from '../../../../src/core/portfolio';
import { PROVIDER_ROLE_LABEL, concentrationWords } from '../../../../src/core/portfolio-words';
import { strings } from '../../i18n/en';

/** Styles the portfolio's plain tables share. */
export const useTableStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  head: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'bottom',
  },
  cell: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  rowHead: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  heavy: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, display: 'block' },
});

/** Each provider's share of all services and of the services with personal or regulated data. */
export function ConcentrationTable({ portfolio }: { portfolio: Portfolio }) {
  const styles = useTableStyles();
  const s = strings.portfolio;
  return (
    <table className={styles.table} aria-label={s.concentration}>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            {s.provider}
          </th>
          <th scope="col" className={styles.head}>
            {s.role}
          </th>
          <th scope="col" className={styles.head}>
            {s.servicesColumn}
          </th>
          <th scope="col" className={styles.head}>
            {s.sensitiveColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {portfolio.providers.map((p) => {
          const words = concentrationWords(p.concentration, portfolio.services.length, portfolio.sensitiveServices);
          return (
            <tr key={p.key}>
              <th scope="row" className={`${styles.cell} ${styles.rowHead}`}>
                {p.name}
              </th>
              <td className={styles.cell}>{p.roles.map((r) => PROVIDER_ROLE_LABEL[r]).join(', ')}</td>
              <td className={`${styles.cell} ${p.concentration.share >= 0.5 ? styles.heavy : ''}`}>{words.all}</td>
              <td className={styles.cell}>{words.sensitive}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
