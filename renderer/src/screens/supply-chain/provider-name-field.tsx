import {
  Body1,
  Button,
  Caption1,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { providerKey, resolveProvider, similarProvider, type ProviderAliases } from '../../../../src/core/provider-names';
import { strings } from '../../i18n/en';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  // Fluent's combobox is at least 250px wide; here it fills its grid cell instead.
  combobox: { minWidth: 0, width: '100%' },
});

/** What the field asks or says after a name is committed. */
type Prompt = { kind: 'same-as'; typed: string; known: string } | { kind: 'aliased'; typed: string; known: string } | undefined;

/** The names offered for what is typed: those whose key holds the typed key, at most a screenful. */
function offered(known: readonly string[], text: string): string[] {
  const key = providerKey(text);
  return known
    .filter((k) => key === '' || providerKey(k).includes(key) || k.toLowerCase().includes(text.trim().toLowerCase()))
    .slice(0, 30);
}

/**
 * A provider's name: a combobox offering the names already used in the library. A name the user types
 * that is probably one of them asks "Same as ...?"; confirming uses the library's name and, when the two
 * are written differently enough to need it, keeps the alias so the next time resolves without asking.
 */
export function ProviderNameField({
  id,
  value,
  known,
  aliases,
  onCommit,
  onAlias,
  onTyping,
  onAsking,
  withHint = false,
}: {
  id: string;
  value: string;
  /** The canonical names already used, without this provider's own. */
  known: readonly string[];
  aliases: ProviderAliases;
  /** A non-empty name the user settled on. */
  onCommit: (name: string) => void;
  /** The user confirmed that the key of a typed name is another way of writing `name`. */
  onAlias: (key: string, name: string) => void;
  /** Each change of the text as typed. */
  onTyping?: (text: string) => void;
  /** Whether the field is asking "Same as ...?" and waiting for an answer. */
  onAsking?: (asking: boolean) => void;
  /** Whether to explain under the field that the library's names are offered (once per page is enough). */
  withHint?: boolean;
}) {
  const styles = useStyles();
  const s = strings.supplyChain;
  const [text, setText] = useState(value);
  // While the list is open, Enter picks the highlighted name; only a closed list's Enter settles the text.
  const [listOpen, setListOpen] = useState(false);
  const [prompt, setPromptState] = useState<Prompt>(undefined);
  const setPrompt = (next: Prompt) => {
    setPromptState(next);
    onAsking?.(next?.kind === 'same-as');
  };
  const type = (next: string) => {
    setText(next);
    onTyping?.(next);
  };

  const settle = (name: string) => {
    type(name);
    onCommit(name);
  };
  const commit = (typed: string) => {
    const name = typed.trim();
    if (name === '' || name === value) return;
    const resolved = resolveProvider(name, known, aliases);
    if (resolved !== undefined && providerKey(resolved) !== providerKey(name)) {
      // An alias the user confirmed before: use it, and say so.
      setPrompt({ kind: 'aliased', typed: name, known: resolved });
      settle(resolved);
      return;
    }
    const similar = similarProvider(name, known);
    setPrompt(similar === undefined ? undefined : { kind: 'same-as', typed: name, known: similar });
    settle(name);
  };

  return (
    <div className={styles.column}>
      <Field label={s.name} hint={withHint ? s.nameHint : null} required validationMessage={text.trim() === '' ? s.nameMissing : null}>
        <Combobox
          id={id}
          className={styles.combobox}
          freeform
          value={text}
          maxLength={300}
          onChange={(e) => type(e.target.value)}
          onOptionSelect={(_, d) => {
            if (d.optionText === undefined) return;
            setPrompt(undefined);
            if (d.optionText !== value) settle(d.optionText);
            else type(d.optionText);
          }}
          onBlur={() => commit(text)}
          onOpenChange={(_, d) => setListOpen(d.open)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !listOpen) commit(text);
          }}
        >
          {offered(known, text).map((name) => (
            <Option key={name}>{name}</Option>
          ))}
        </Combobox>
      </Field>
      {prompt?.kind === 'same-as' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.sameAs(prompt.known)}</MessageBarTitle>
            <Body1>{s.sameAsHint(prompt.typed, prompt.known)}</Body1>
            <div className={styles.actions}>
              <Button
                appearance="primary"
                size="small"
                onClick={() => {
                  setPrompt(undefined);
                  settle(prompt.known);
                  if (providerKey(prompt.typed) !== providerKey(prompt.known)) onAlias(providerKey(prompt.typed), prompt.known);
                }}
              >
                {s.useKnown(prompt.known)}
              </Button>
              <Button size="small" onClick={() => setPrompt(undefined)}>
                {s.keepTyped(prompt.typed)}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {prompt?.kind === 'aliased' && <Caption1 className={styles.muted}>{s.aliased(prompt.typed, prompt.known)}</Caption1>}
    </div>
  );
}
