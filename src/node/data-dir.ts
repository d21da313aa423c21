/**
 * The data folder `FINEPRINT_DATA_DIR` asks for, honoured only in a development build (tests, a
 * checkout). A packaged app always uses the system's folder for it, so a variable left in a user's
 * environment can never point an installed FinePrint at someone else's library.
 */
export function dataDirOverride(env: Readonly<Record<string, string | undefined>>, packaged: boolean): string | undefined {
  const dir = env.FINEPRINT_DATA_DIR?.trim();
  return dir && !packaged ? dir : undefined;
}
