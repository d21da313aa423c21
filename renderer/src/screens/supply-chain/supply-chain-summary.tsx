import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { jurisdictionLabel } from '../../../../src/core/advice';
import { PROVIDER_ROLES, type Provider } from '../../../../src/core/assessment-schema';
import { EditRegular } from '../../components/icons';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** The supply chain as the review shows it: role, provider, what it provides and where, model makers first. */
export function SupplyChainSummary({ providers, onEdit }: { providers: readonly Provider[]; onEdit: () => void }) {
  const styles = useStyles();
  const s = strings.supplyChain;
  const rows = PROVIDER_ROLES.flatMap((role) => providers.filter((p) => p.role === role));
  return (
    <div className={styles.column}>
      {rows.length === 0 ? (
        <Body1 className={styles.muted}>{s.reviewEmpty}</Body1>
      ) : (
        <Table aria-labelledby="supply-chain-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.roleLabel}</TableHeaderCell>
              <TableHeaderCell>{s.reviewProvider}</TableHeaderCell>
              <TableHeaderCell>{s.reviewScope}</TableHeaderCell>
              <TableHeaderCell>{s.reviewJurisdictions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{s.roles[p.role]}</TableCell>
                <TableCell className={styles.name}>{p.name}</TableCell>
                <TableCell>{p.scope.trim() || s.notStated}</TableCell>
                <TableCell>{p.jurisdictions.length > 0 ? p.jurisdictions.map(jurisdictionLabel).join(', ') : s.notRecorded}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Button icon={<EditRegular />} onClick={onEdit}>
        {s.edit}
      </Button>
    </div>
  );
}
