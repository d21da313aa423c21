import { Button, Card, Field, Input, Select, Subtitle2, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { PROVIDER_ROLES, type Provider, type ProviderRole } from '../../../../src/core/assessment-schema';
import type { ProviderAliases } from '../../../../src/core/provider-names';
import { DeleteRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { JurisdictionPicker } from '../data-path/jurisdiction-picker';
import { ProviderNameField } from './provider-name-field';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flex: '1 1 auto', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
  },
  wide: { gridColumn: '1 / -1' },
});

/** A change to some fields of a provider. */
export type ProviderPatch = Partial<Omit<Provider, 'id'>>;

/** The role picker, shared by a provider's card and the form that adds one. */
export function RoleSelect({ value, onChange }: { value: ProviderRole; onChange: (role: ProviderRole) => void }) {
  const s = strings.supplyChain;
  return (
    <Field label={s.roleLabel}>
      <Select value={value} onChange={(_, d) => onChange(d.value as ProviderRole)}>
        {PROVIDER_ROLES.map((role) => (
          <option key={role} value={role}>
            {s.roles[role]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One provider of the supply chain: its name (from the library's names), role, scope and jurisdictions. */
export function ProviderEditor({
  provider,
  known,
  aliases,
  onChange,
  onAlias,
  onRemove,
}: {
  provider: Provider;
  known: readonly string[];
  aliases: ProviderAliases;
  onChange: (patch: ProviderPatch) => void;
  onAlias: (key: string, name: string) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const s = strings.supplyChain;
  const role = s.roles[provider.role];
  return (
    <Card className={styles.card} role="group" aria-labelledby={`provider-title-${provider.id}`}>
      <div className={styles.head}>
        <Subtitle2 as="h4" id={`provider-title-${provider.id}`} className={styles.title}>
          {s.provider(provider.name, role)}
        </Subtitle2>
        <Tooltip content={s.remove(provider.name)} relationship="label">
          <Button appearance="subtle" icon={<DeleteRegular />} onClick={onRemove} />
        </Tooltip>
      </div>
      <div className={styles.fields}>
        <ProviderNameField
          id={`provider-name-${provider.id}`}
          value={provider.name}
          known={known}
          aliases={aliases}
          onCommit={(name) => onChange({ name })}
          onAlias={onAlias}
        />
        <RoleSelect value={provider.role} onChange={(next) => onChange({ role: next })} />
        <Field label={s.scope[provider.role]}>
          <Input value={provider.scope} maxLength={300} onChange={(_, d) => onChange({ scope: d.value })} />
        </Field>
        <div className={styles.wide}>
          <JurisdictionPicker
            id={provider.id}
            label={s.jurisdictions}
            hint={s.jurisdictionsHint}
            jurisdictions={provider.jurisdictions}
            onChange={(jurisdictions) => onChange({ jurisdictions })}
          />
        </div>
      </div>
    </Card>
  );
}
