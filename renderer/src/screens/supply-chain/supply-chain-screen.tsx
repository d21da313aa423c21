import { Body1, Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Provider, ProviderRole } from '../../../../src/core/assessment-schema';
import { distinctProviderNames, providerKey, type ProviderAliases } from '../../../../src/core/provider-names';
import { suggestProviders, type ProviderSuggestion } from '../../../../src/core/supply-chain';
import { ErrorBar } from '../../components/error-bar';
import { SectionPage } from '../../components/section-page';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { newId } from '../../state/ids';
import { useSessionStore } from '../../state/session-store';
import { AddProvider } from './add-provider';
import { ProviderEditor, type ProviderPatch } from './provider-editor';
import { ProviderSuggestions } from './provider-suggestions';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const NO_ALIASES: ProviderAliases = {};

/** The supply chain editor: the providers behind the service, named as the rest of the library names them. */
export function SupplyChainScreen() {
  const styles = useStyles();
  const s = strings.supplyChain;
  const { id, providers, dataPath, vendor, update } = useSessionStore(
    useShallow((st) => ({
      id: st.assessment?.id,
      providers: st.assessment?.providers,
      dataPath: st.assessment?.dataPath,
      vendor: st.assessment?.profile.vendor,
      update: st.update,
    })),
  );
  const { library, aliases, saveSettings } = useAppStore(
    useShallow((st) => ({ library: st.library, aliases: st.settings.providerAliases ?? NO_ALIASES, saveSettings: st.saveSettings })),
  );
  const [suggesting, setSuggesting] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [aliasError, setAliasError] = useState<string | undefined>(undefined);

  // The names used elsewhere in the library; this assessment's own come from the session, which is newer.
  const libraryNames = useMemo(
    () => library.filter((summary) => summary.id !== id).flatMap((summary) => summary.providers.map((p) => p.name)),
    [library, id],
  );
  if (!providers || !dataPath || vendor === undefined) return null;

  const knownBesides = (except?: string) =>
    distinctProviderNames([...libraryNames, ...providers.filter((p) => p.id !== except).map((p) => p.name), ...Object.values(aliases)]);
  const edit = (providerId: string, patch: ProviderPatch) =>
    update((a) => ({ ...a, providers: a.providers.map((p) => (p.id === providerId ? { ...p, ...patch } : p)) }));
  const add = (provider: Omit<Provider, 'id'>) =>
    update((a) => ({ ...a, providers: [...a.providers, { id: newId('provider'), ...provider }] }));
  const keepAlias = (key: string, name: string) => {
    setAliasError(undefined);
    saveSettings({ providerAliases: { ...aliases, [key]: name } }).catch(() => setAliasError(s.aliasFailed));
  };
  const suggestions: ProviderSuggestion[] = suggesting
    ? suggestProviders({ vendor, dataPath, providers }, knownBesides(), aliases).filter((x) => !dismissed.has(providerKey(x.name)))
    : [];

  return (
    <SectionPage title={s.title} intro={s.intro}>
      {aliasError && <ErrorBar message={aliasError} />}
      <section className={styles.section} aria-labelledby="providers-heading">
        <Subtitle1 as="h3" id="providers-heading">
          {s.providers}
        </Subtitle1>
        {providers.length === 0 ? (
          <Body1 className={styles.muted}>{s.empty}</Body1>
        ) : (
          <ul className={styles.list}>
            {providers.map((provider) => (
              <li key={provider.id}>
                <ProviderEditor
                  provider={provider}
                  known={knownBesides(provider.id)}
                  aliases={aliases}
                  onChange={(patch) => edit(provider.id, patch)}
                  onAlias={keepAlias}
                  onRemove={() => update((a) => ({ ...a, providers: a.providers.filter((p) => p.id !== provider.id) }))}
                />
              </li>
            ))}
          </ul>
        )}
        <AddProvider
          known={knownBesides()}
          aliases={aliases}
          onAdd={(name: string, role: ProviderRole) => add({ name, role, scope: '', jurisdictions: [] })}
          onAlias={keepAlias}
        />
      </section>
      <section className={styles.section} aria-labelledby="suggestions-heading">
        <Subtitle1 as="h3" id="suggestions-heading">
          {s.suggestions}
        </Subtitle1>
        {suggesting ? (
          <ProviderSuggestions
            suggestions={suggestions}
            onAccept={({ name, role, scope, jurisdictions }) => add({ name, role, scope, jurisdictions })}
            onDismiss={(x) => setDismissed((d) => new Set([...d, providerKey(x.name)]))}
          />
        ) : (
          <div>
            <Button onClick={() => setSuggesting(true)}>{s.suggest}</Button>
          </div>
        )}
      </section>
    </SectionPage>
  );
}
