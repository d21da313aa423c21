import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../src/core/engine/evaluate';
import type { StoredAssessment } from '../../src/core/stored-assessment';
import { miniAssessment } from '../support/builders';

// The window's client, faked: each save "lands" (is on disk) 2 s after it is sent, slower than typing.
const fake = vi.hoisted(() => ({
  sent: [] as string[],
  landed: [] as string[],
  failNext: false,
}));

vi.mock('../../renderer/src/api/client', () => ({
  client: {
    saveAssessment: ({ assessment }: { assessment: StoredAssessment }) => {
      const service = assessment.profile.service;
      fake.sent.push(service);
      const fail = fake.failNext;
      fake.failNext = false;
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          if (fail) return reject(new Error('disk full'));
          fake.landed.push(service);
          resolve({ savedAt: '2026-12-01T10:00:00.000Z' });
        }, 2_000),
      );
    },
    updateSettings: (settings: unknown) => Promise.resolve(settings),
  },
  templateByRef: () => Promise.reject(new Error('not used by these tests')),
}));

const { AUTOSAVE_DELAY_MS, useSessionStore } = await import('../../renderer/src/state/session-store');

const rename = (service: string) => useSessionStore.getState().update((a) => ({ ...a, profile: { ...a.profile, service } }));

describe('the session autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fake.sent.length = 0;
    fake.landed.length = 0;
    const assessment = miniAssessment();
    useSessionStore.setState({
      assessment,
      templateRef: `sha256:${'0'.repeat(64)}`,
      evaluation: evaluate(assessment),
      save: { state: 'saved' },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves a change once typing pauses, and says "Saved" when it has landed', async () => {
    rename('Copilot A');
    expect(useSessionStore.getState().save.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(fake.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.sent).toEqual(['Copilot A']);
    await vi.runAllTimersAsync();
    expect(fake.landed).toEqual(['Copilot A']);
    expect(useSessionStore.getState().save).toEqual({ state: 'saved' });
  });

  it('flush() returns only when the latest change has landed, even with two saves queued behind one in flight', async () => {
    rename('Copilot A');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS); // save A is in flight
    rename('Copilot B');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS); // a save waits behind A
    rename('Copilot C');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS); // and another
    expect(fake.landed).toEqual([]);

    // What the export does: flush, then read what is on disk.
    const onDiskAfterFlush = useSessionStore
      .getState()
      .flush()
      .then(() => fake.landed.at(-1));
    await vi.runAllTimersAsync();
    expect(await onDiskAfterFlush).toBe('Copilot C');
    expect(fake.sent).toEqual(['Copilot A', 'Copilot C']);
    expect(useSessionStore.getState().save).toEqual({ state: 'saved' });
  });

  it('a failed save keeps the change and says so; the next flush sends it again', async () => {
    fake.failNext = true;
    rename('Copilot A');
    await vi.runAllTimersAsync();
    expect(useSessionStore.getState().save.state).toBe('error');
    expect(fake.landed).toEqual([]);
    const flushed = useSessionStore.getState().flush();
    await vi.runAllTimersAsync();
    await flushed;
    expect(fake.landed).toEqual(['Copilot A']);
    expect(useSessionStore.getState().save).toEqual({ state: 'saved' });
  });
});
