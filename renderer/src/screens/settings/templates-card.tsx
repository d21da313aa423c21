import { Badge, Body1, Button, Caption1, Card, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TemplateInfo } from '../../../../src/core/ipc-contract';
import { errorDetails, errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  name: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The checklist templates on offer: the bundled ones, and custom ones the user can import and remove. */
export function TemplatesCard() {
  const styles = useStyles();
  const s = strings.settingsScreen;
  const templates = useAppStore((st) => st.templates);
  const [failure, setFailure] = useState<{ message: string; details: string[] }>();
  const [notice, setNotice] = useState<string>();

  const run = async (action: () => Promise<string | undefined>) => {
    setFailure(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (error) {
      setFailure({ message: errorMessage(error, s.templateFailed), details: errorDetails(error) });
    }
  };
  const importTemplate = () =>
    run(async () => {
      const r = await client.importTemplate();
      if (r.status === 'canceled') return undefined;
      useAppStore.setState({ templates: await client.listTemplates() });
      return s.templateImported(r.template.title, r.template.checks);
    });
  const remove = (t: TemplateInfo) =>
    run(async () => {
      useAppStore.setState({ templates: await client.removeTemplate({ id: t.id }) });
      return s.templateRemoved(t.title);
    });

  return (
    <Card className={styles.card}>
      <Subtitle1 as="h2">{s.templates}</Subtitle1>
      <Caption1 className={styles.muted}>{s.templatesHint}</Caption1>
      <ul className={styles.list} aria-label={s.templates}>
        {templates.map((t) => (
          <li key={t.ref} className={styles.row}>
            <Body1 className={styles.name}>
              {t.title} {t.version} · {s.templateChecks(t.checks)}
            </Body1>
            <Badge appearance="outline" color={t.source === 'bundled' ? 'informative' : 'brand'}>
              {t.source === 'bundled' ? s.bundled : s.custom}
            </Badge>
            {t.source === 'custom' && (
              <Button size="small" aria-label={s.removeTemplate(t.title)} onClick={() => void remove(t)}>
                {s.remove}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button onClick={() => void importTemplate()}>{s.importTemplate}</Button>
      </div>
      {notice && (
        <Body1 role="status" className={styles.muted}>
          {notice}
        </Body1>
      )}
      {failure && <ErrorBar message={failure.message} details={failure.details} onDismiss={() => setFailure(undefined)} />}
    </Card>
  );
}
