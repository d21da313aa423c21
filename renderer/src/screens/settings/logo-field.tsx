import { Body1, Button, Caption1, Label, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Settings } from '../../../../src/core/settings-schema';
import { errorMessage } from '../../api/app-error';
import { client } from '../../api/client';
import { ErrorBar } from '../../components/error-bar';
import { strings } from '../../i18n/en';
import { useAppStore } from '../../state/app-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexWrap: 'wrap' },
  preview: {
    maxHeight: '56px',
    maxWidth: '200px',
    objectFit: 'contain',
    padding: tokens.spacingHorizontalS,
    backgroundColor: '#ffffff',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The organisation's logo for the report cover: a preview, choose another, or remove it. */
export function LogoField() {
  const styles = useStyles();
  const s = strings.settingsScreen;
  const logo = useAppStore((st) => st.settings.logo);
  const [failure, setFailure] = useState<string>();
  const run = async (action: () => Promise<Settings>) => {
    setFailure(undefined);
    try {
      const settings = await action();
      useAppStore.setState({ settings });
    } catch (error) {
      setFailure(errorMessage(error, s.logoFailed));
    }
  };
  return (
    <div className={styles.root} role="group" aria-labelledby="logo-label">
      <Label id="logo-label">{s.logo}</Label>
      <div className={styles.row}>
        {logo ? (
          <img className={styles.preview} src={`data:${logo.mediaType};base64,${logo.base64}`} alt={s.logoAlt(logo.fileName)} />
        ) : (
          <Body1 className={styles.muted}>{s.noLogo}</Body1>
        )}
        <Button onClick={() => void run(() => client.chooseLogo())}>{s.chooseLogo}</Button>
        {logo && <Button onClick={() => void run(() => client.clearLogo())}>{s.clearLogo}</Button>}
      </div>
      <Caption1 className={styles.muted}>{s.logoHint}</Caption1>
      {failure && <ErrorBar message={failure} onDismiss={() => setFailure(undefined)} />}
    </div>
  );
}
