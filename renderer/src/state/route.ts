/** Where the window is: the library, a new assessment, the settings, the portfolio, one assessment's session, or its rounds compared. */
export type Route =
  | { name: 'library' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'portfolio' }
  | { name: 'session'; id: string }
  | { name: 'round-diff'; id: string };
