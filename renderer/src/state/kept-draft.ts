import { useState } from 'react';

// Drafts the user has typed but not yet added (a note, an evidence item), kept per assessment and check
// for as long as the window is open, so moving to another check and back loses nothing.
const drafts = new Map<string, unknown>();

/** Like useState, but the value survives the component being unmounted, under `key`. */
export function useKeptDraft<T>(key: string, initial: T): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => (drafts.has(key) ? (drafts.get(key) as T) : initial));
  const set = (next: T | ((previous: T) => T)) => {
    setValue((previous) => {
      const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
      drafts.set(key, resolved);
      return resolved;
    });
  };
  return [value, set];
}
