import { Caption1, Card, Field, Input, Radio, RadioGroup, Select, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../../src/core/settings-schema';
import { errorMessage } from '../../api/app-error';
import { ErrorBar } from '../../components/error-bar';
import { Page } from '../../components/page';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';
import { LogoField } from './logo-field';
import { TemplatesCard } from './templates-card';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalL },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingVerticalL,
    columnGap: tokens.spacingHorizontalXL,
  },
  status: { color: tokens.colorNeutralForeground3, minHeight: '20px' },
});

type TextKey = 'organisation' | 'assessor' | 'confidentialityLabel';
const TEXT_DELAY_MS = 400;

/** The settings: how reports are labelled, the default checklist, and the theme. Saved as they change. */
export function SettingsScreen() {
  const styles = useStyles();
  const s = strings.settingsScreen;
  const settings = useAppStore((st) => st.settings);
  const templates = useAppStore((st) => st.templates);
  const saveSettings = useAppStore((st) => st.saveSettings);
  const [text, setText] = useState<Record<TextKey, string>>(() => ({
    organisation: settings.organisation,
    assessor: settings.assessor,
    confidentialityLabel: settings.confidentialityLabel,
  }));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<Partial<Settings>>({});

  const save = async (patch: Partial<Settings>) => {
    setState('saving');
    setFailure(undefined);
    try {
      await saveSettings(patch);
      setState('saved');
    } catch (error) {
      setState('idle');
      setFailure(errorMessage(error, s.failed));
    }
  };
  const flushText = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length > 0) void save(patch);
  };
  // Typing is saved once it pauses, and at the latest when the screen is left.
  useEffect(() => () => flushText(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const changeText = (key: TextKey, value: string) => {
    setText((t) => ({ ...t, [key]: value }));
    pending.current = { ...pending.current, [key]: value };
    setState('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flushText, TEXT_DELAY_MS);
  };

  return (
    <Page title={s.title} intro={s.intro} narrow>
      <Caption1 className={styles.status} role="status">
        {state === 'saving' ? s.saving : state === 'saved' ? s.saved : ''}
      </Caption1>
      {failure && <ErrorBar message={failure} onDismiss={() => setFailure(undefined)} />}
      <Card className={styles.card}>
        <Subtitle1 as="h2">{s.report}</Subtitle1>
        <div className={styles.fields}>
          <Field label={s.organisation}>
            <Input value={text.organisation} maxLength={300} onChange={(_, d) => changeText('organisation', d.value)} onBlur={flushText} />
          </Field>
          <Field label={s.assessor}>
            <Input value={text.assessor} maxLength={300} onChange={(_, d) => changeText('assessor', d.value)} onBlur={flushText} />
          </Field>
          <Field label={s.label}>
            <Input
              value={text.confidentialityLabel}
              maxLength={300}
              onChange={(_, d) => changeText('confidentialityLabel', d.value)}
              onBlur={flushText}
            />
          </Field>
          <Field label={s.defaultTemplate}>
            <Select value={settings.defaultTemplate} onChange={(_, d) => void save({ defaultTemplate: d.value })}>
              {templates.map((t) => (
                <option key={t.ref} value={t.id}>
                  {t.title} {t.version}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.paper}>
            <RadioGroup
              layout="horizontal"
              value={settings.paperSize}
              onChange={(_, d) => void save({ paperSize: d.value as Settings['paperSize'] })}
            >
              <Radio value="a4" label={strings.exportScreen.a4} />
              <Radio value="letter" label={strings.exportScreen.letter} />
            </RadioGroup>
          </Field>
        </div>
        <LogoField />
      </Card>
      <Card className={styles.card}>
        <Subtitle1 as="h2">{s.appearance}</Subtitle1>
        <Field label={s.theme}>
          <RadioGroup layout="horizontal" value={settings.theme} onChange={(_, d) => void save({ theme: d.value as Settings['theme'] })}>
            <Radio value="light" label={s.themes.light} />
            <Radio value="dark" label={s.themes.dark} />
            <Radio value="system" label={s.themes.system} />
          </RadioGroup>
        </Field>
      </Card>
      <TemplatesCard />
    </Page>
  );
}
