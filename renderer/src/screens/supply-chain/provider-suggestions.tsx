import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ProviderSuggestion } from '../../../../src/core/supply-chain';
import { useEntryListStyles } from '../../components/entry-list-styles';
import { AddRegular, DismissRegular } from '../../components/icons';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  text: { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Providers the data path suggests, each for the user to add or dismiss. */
export function ProviderSuggestions({
  suggestions,
  onAccept,
  onDismiss,
}: {
  suggestions: readonly ProviderSuggestion[];
  onAccept: (suggestion: ProviderSuggestion) => void;
  onDismiss: (suggestion: ProviderSuggestion) => void;
}) {
  const styles = useStyles();
  const list = useEntryListStyles();
  const s = strings.supplyChain;
  if (suggestions.length === 0) return <Body1 className={styles.muted}>{s.noSuggestions}</Body1>;
  return (
    <div className={list.root}>
      <Caption1 className={styles.muted}>{s.suggestionsHint}</Caption1>
      <ul className={list.list} aria-label={s.suggestions}>
        {suggestions.map((suggestion) => (
          <li key={suggestion.name} className={list.item}>
            <div className={styles.text}>
              <Subtitle2 as="h4">{s.suggestion(suggestion.name, s.roles[suggestion.role])}</Subtitle2>
              <Caption1 className={styles.muted}>{s.fromHops(suggestion.hops.join(', '))}</Caption1>
            </div>
            <div className={styles.actions}>
              <Button size="small" icon={<AddRegular />} aria-label={s.accept(suggestion.name)} onClick={() => onAccept(suggestion)}>
                {s.acceptShort}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={s.dismiss(suggestion.name)}
                onClick={() => onDismiss(suggestion)}
              >
                {s.dismissShort}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
