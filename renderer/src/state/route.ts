/** Where the window is: the library, a new assessment, the settings, or one assessment's session. */
export type Route =
  { name: 'library' } | { name: 'new' } | { name: 'settings' } | { name: 'session'; id: string } | { name: 'round-diff'; id: string };
