import type { LibraryIndex, LibraryIndexPort } from '../../src/node/library/assessment-library';

/** A library index kept in memory, shared between library instances of one test like the settings store. */
export function memoryIndex(initial: unknown = {}): LibraryIndexPort & { value: unknown; writes: number } {
  const port = {
    value: initial,
    writes: 0,
    read: () => port.value,
    write: (index: LibraryIndex) => {
      port.value = JSON.parse(JSON.stringify(index)) as unknown;
      port.writes++;
    },
  };
  return port;
}
