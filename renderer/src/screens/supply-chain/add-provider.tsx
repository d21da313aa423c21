import { Button, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ProviderRole } from '../../../../src/core/assessment-schema';
import type { ProviderAliases } from '../../../../src/core/provider-names';
import { AddRegular } from '../../components/icons';
import { strings } from '../../i18n/en';
import { ProviderNameField } from './provider-name-field';
import { RoleSelect } from './provider-editor';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

/** The form that adds a provider: a name (offered from the library) and a role; the rest is edited on its card. */
export function AddProvider({
  known,
  aliases,
  onAdd,
  onAlias,
}: {
  known: readonly string[];
  aliases: ProviderAliases;
  onAdd: (name: string, role: ProviderRole) => void;
  onAlias: (key: string, name: string) => void;
}) {
  const styles = useStyles();
  const s = strings.supplyChain;
  const [name, setName] = useState('');
  const [typed, setTyped] = useState('');
  // While the field asks "Same as ...?", adding waits for the answer.
  const [asking, setAsking] = useState(false);
  const [role, setRole] = useState<ProviderRole>('model-maker');
  // A new key after each add starts the name field afresh.
  const [round, setRound] = useState(0);
  return (
    <Card className={styles.card} role="group" aria-labelledby="add-provider-title">
      <Subtitle2 as="h4" id="add-provider-title">
        {s.addTitle}
      </Subtitle2>
      <div className={styles.fields}>
        <ProviderNameField
          key={round}
          id="add-provider-name"
          value={name}
          known={known}
          aliases={aliases}
          onCommit={setName}
          onAlias={onAlias}
          onTyping={setTyped}
          onAsking={setAsking}
          withHint
        />
        <RoleSelect value={role} onChange={setRole} />
      </div>
      <div>
        <Button
          icon={<AddRegular />}
          disabled={typed.trim() === '' || asking}
          onClick={() => {
            onAdd(typed.trim(), role);
            setName('');
            setTyped('');
            setAsking(false);
            setRound((r) => r + 1);
          }}
        >
          {s.add}
        </Button>
      </div>
    </Card>
  );
}
