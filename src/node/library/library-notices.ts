/** Something the user should be told about the library, e.g. a file restored from its backup. */
export interface LibraryNotice {
  kind: 'restored-from-backup' | 'unreadable' | 'index-rebuilt' | 'index-not-saved' | 'sync-copy';
  file: string;
  message: string;
}

/** Raised for a request the library refuses; the message is a sentence a buyer understands. */
export class LibraryError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid' | 'io',
    message: string,
  ) {
    super(message);
  }
}
