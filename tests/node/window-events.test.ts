import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileOpenedEvent, IPC_EVENTS, WINDOW_API_EVENTS } from '../../src/core/ipc-contract';
import { importFromPath } from '../../src/node/ipc/handlers';
import { testApp } from '../support/app-services';
import { tempDir } from '../support/temp';

const sample = join(import.meta.dirname, '../../templates/samples/model-api-zero-retention-eu.fineprint');

describe('main-to-window events are part of the typed contract', () => {
  it('each event the window can subscribe to has a payload schema', () => {
    expect(Object.values(WINDOW_API_EVENTS).sort()).toEqual(Object.keys(IPC_EVENTS).sort());
  });

  it('what opening a file from the operating system reports fits the file-opened payload schema', async () => {
    const dir = tempDir();
    const app = await testApp(dir);
    writeFileSync(join(dir, 'broken.fineprint'), '{"format":');
    const outcomes = [await importFromPath(app.services, sample), await importFromPath(app.services, join(dir, 'broken.fineprint'))];
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'invalid']);
    for (const outcome of outcomes) expect(IPC_EVENTS['app:file-opened'].payload.safeParse(outcome).success).toBe(true);
  });

  it('refuses a file-opened payload the window could not show', () => {
    expect(FileOpenedEvent.safeParse({ status: 'invalid', file: 'x.fineprint' }).success).toBe(false);
    expect(FileOpenedEvent.safeParse({ status: 'opened', file: 'x.fineprint' }).success).toBe(false);
  });
});
