import { useEffect, useRef } from 'react';

/** What the checks screen does for each shortcut. */
export interface CheckShortcuts {
  choose(index: number): void;
  unknown(): void;
  notApplicable(): void;
  next(): void;
  previous(): void;
  toggleHelp(): void;
}

const TYPING = new Set(['text', 'search', 'url', 'email', 'number', 'date', 'password', 'tel']);

/** Whether a key press belongs to a dialog, a menu or a list box rather than to the checks screen. */
function inPopup(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target instanceof HTMLSelectElement || target.closest('[role="dialog"],[role="alertdialog"],[role="menu"],[role="listbox"]') !== null)
  );
}

/** Whether a key press belongs to a field the user is typing in. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TYPING.has(target.type);
}

/** Listens for the checks screen's keyboard shortcuts (digits, U, A, N, P, Alt+arrows, H) while it is shown. */
export function useCheckShortcuts(actions: CheckShortcuts): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || inPopup(e.target)) return;
      const a = ref.current;
      // Alt+arrows move between checks even from a text field; single letters and digits never do there.
      if (e.altKey) {
        if (e.key === 'ArrowDown') a.next();
        else if (e.key === 'ArrowUp') a.previous();
        else return;
      } else if (typing(e.target)) return;
      else if (/^[1-9]$/.test(e.key)) a.choose(Number(e.key) - 1);
      else if (e.key === 'u' || e.key === 'U') a.unknown();
      else if (e.key === 'a' || e.key === 'A') a.notApplicable();
      else if (e.key === 'n' || e.key === 'N') a.next();
      else if (e.key === 'p' || e.key === 'P') a.previous();
      else if (e.key === 'h' || e.key === 'H') a.toggleHelp();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
