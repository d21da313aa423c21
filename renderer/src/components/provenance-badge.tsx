import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Answer } from '../../../src/core/assessment-schema';
import { provenanceKind, type ProvenanceKind } from '../../../src/core/provenance';
import { strings } from '../i18n/en';
import { formatDateTime } from './format';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

const COLOUR: Record<ProvenanceKind, 'informative' | 'brand' | 'success'> = { buyer: 'informative', vendor: 'brand', assessor: 'success' };

/** Where an answer came from, in words: the vendor's file and when it arrived, or when the assessor checked it. */
export function provenanceDetail(answer: Answer | undefined): string {
  const s = strings.roundTrip.provenance;
  const p = answer?.provenance;
  if (p?.source === 'vendor-workbook') return s.vendorDetail(p.fileName, formatDateTime(p.receivedAt));
  if (p?.source === 'assessor-verified')
    return p.vendor
      ? s.assessorOfVendor(formatDateTime(p.at), p.vendor.fileName, formatDateTime(p.vendor.receivedAt))
      : s.assessorDetail(formatDateTime(p.at));
  return s.buyerDetail;
}

/** A small badge naming where an answer came from, with the detail beside it as text. */
export function ProvenanceBadge({ answer, id }: { answer: Answer | undefined; id?: string }) {
  const styles = useStyles();
  const kind = provenanceKind(answer);
  return (
    <div className={styles.line} id={id} data-provenance={kind}>
      <Badge appearance="tint" color={COLOUR[kind]} size="small">
        {strings.roundTrip.provenance.label[kind]}
      </Badge>
      <Caption1 className={styles.detail}>{provenanceDetail(answer)}</Caption1>
    </div>
  );
}
