import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Settings } from '../../../src/core/settings-schema';
import { useMediaQuery } from './use-media-query';

/** The Fluent theme for the user's choice: light, dark, or whatever the system prefers now. */
export function useAppTheme(choice: Settings['theme']): { theme: Theme; dark: boolean } {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const dark = choice === 'dark' || (choice === 'system' && systemDark);
  useEffect(() => {
    // Native parts (scroll bars, date pickers) follow the same scheme as the Fluent components.
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
  return { theme: dark ? webDarkTheme : webLightTheme, dark };
}
