import type { OpenedAssessment } from '../../../src/core/ipc-contract';
import { useAppStore } from './app-store';
import { useSessionStore } from './session-store';

/** Opens an assessment of the library where the user left off. */
export function openAssessment(id: string): void {
  useAppStore.getState().navigate({ name: 'session', id });
  void useSessionStore.getState().open(id);
}

/** Shows a just-created assessment at its first check. */
export async function showCreated(opened: OpenedAssessment): Promise<void> {
  await useSessionStore.getState().show(opened, { screen: 'checks' });
  useAppStore.getState().navigate({ name: 'session', id: opened.assessment.id });
}

/** Leaves the open assessment (saving what is pending) and returns to the library. */
export async function backToLibrary(): Promise<void> {
  const app = useAppStore.getState();
  app.navigate({ name: 'library' });
  await useSessionStore.getState().leave();
  await app.refreshLibrary().catch(() => undefined);
}

/** Goes to another top-level screen, saving the open assessment first. */
export async function goToScreen(name: 'library' | 'settings' | 'new' | 'portfolio'): Promise<void> {
  if (name === 'library') return backToLibrary();
  useAppStore.getState().navigate({ name });
  await useSessionStore.getState().leave();
}
