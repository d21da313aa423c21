import { Button, Field, Select, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Profile } from '../../../../src/core/assessment-schema';
import type { Template } from '../../../../src/core/template-schema';
import { errorMessage } from '../../api/app-error';
import { client, templateByRef } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { Page } from '../../components/page';
import { strings } from '../../i18n/en';
import { goToScreen, showCreated } from '../../state/actions';
import { useAppStore } from '../../state/app-store';
import { withProfileValue } from '../../state/assessment-edits';
import { markWelcomed } from '../../state/library-actions';
import { TriageForm, missingRequired, visibleProfile } from './triage-form';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  template: { maxWidth: '520px' },
  actions: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Starting an assessment: choose the checklist, answer the triage, and the session shows only the checks that apply. */
export function NewAssessmentScreen() {
  const styles = useStyles();
  const s = strings.newAssessment;
  const templates = useAppStore((st) => st.templates);
  const defaultTemplate = useAppStore((st) => st.settings.defaultTemplate);
  const [ref, setRef] = useState(() => (templates.find((t) => t.id === defaultTemplate) ?? templates[0])?.ref ?? '');
  const [loaded, setLoaded] = useState<{ ref: string; template: Template }>();
  const template = loaded?.ref === ref ? loaded.template : undefined;
  const [profile, setProfile] = useState<Profile>({ vendor: '', service: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    if (ref)
      templateByRef(ref).then(
        (t) => live && setLoaded({ ref, template: t }),
        (e: unknown) => live && setFailure(errorMessage(e, s.templatesFailed)),
      );
    return () => {
      live = false;
    };
  }, [ref, s.templatesFailed]);

  const create = async () => {
    if (!template) return;
    const missing = missingRequired(template, profile, s.requiredMissing);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const opened = await client.createAssessment({ templateRef: ref, profile: visibleProfile(template, profile) });
      await markWelcomed();
      await showCreated(opened);
    } catch (error) {
      // What the user typed stays in the form; only the message is new.
      setFailure(errorMessage(error, s.createFailed));
      setBusy(false);
    }
  };

  return (
    <Page title={s.title} intro={s.intro} narrow>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label={s.template} className={styles.template}>
          <Select value={ref} onChange={(_, d) => setRef(d.value)}>
            {templates.map((t) => (
              <option key={t.ref} value={t.ref}>
                {s.templateOption(t.title, t.version, t.checks)}
              </option>
            ))}
          </Select>
        </Field>
        <Subtitle1 as="h2">{s.profile}</Subtitle1>
        {template ? (
          <TriageForm
            template={template}
            profile={profile}
            errors={errors}
            onChange={(id, value) => {
              setProfile((p) => withProfileValue(p, id, value));
              if (errors[id]) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== id)));
            }}
          />
        ) : (
          !failure && <Spinner label={strings.app.loading} />
        )}
        {failure && <ErrorBar message={failure} />}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!template || busy}>
            {busy ? s.creating : s.create}
          </Button>
          <Button onClick={() => void goToScreen('library')}>{s.cancel}</Button>
        </div>
      </form>
    </Page>
  );
}
