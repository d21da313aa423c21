/** Where the window is: the library, a new assessment, the settings, the portfolio, or one assessment's session. */
export type Route = { name: 'library' } | { name: 'new' } | { name: 'settings' } | { name: 'portfolio' } | { name: 'session'; id: string };
