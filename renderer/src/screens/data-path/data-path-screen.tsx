import { Body1, Button, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useShallow } from 'zustand/react/shallow';
import type { DataPathHop } from '../../../../src/core/assessment-schema';
import { AddRegular } from '../../components/icons';
import { SectionPage } from '../../components/section-page';
import { strings } from '../../i18n/en';
import { editHop, moveHop } from '../../state/assessment-edits';
import { newId } from '../../state/ids';
import { useSessionStore } from '../../state/session-store';
import { DataPathDiagram } from './data-path-diagram';
import { HopEditor, applyHopPatch } from './hop-editor';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** The data path editor: add, reorder and edit the hops, with a live diagram above them. */
export function DataPathScreen() {
  const styles = useStyles();
  const s = strings.dataPath;
  const { hops, profile, update } = useSessionStore(
    useShallow((st) => ({ hops: st.assessment?.dataPath, profile: st.assessment?.profile, update: st.update })),
  );
  if (!hops || !profile) return null;

  const add = () => {
    const hop: DataPathHop = {
      id: newId('hop'),
      component: s.newComponent,
      operator: '',
      region: '',
      jurisdictions: [],
      jurisdictionNote: '',
      dataKinds: [],
      retention: '',
    };
    update((a) => ({ ...a, dataPath: [...a.dataPath, hop] }));
    // The new hop's first field takes the cursor, its placeholder name selected for typing over.
    requestAnimationFrame(() => {
      const input = document.querySelector<HTMLInputElement>(`[aria-labelledby="hop-title-${hop.id}"] input`);
      input?.focus();
      input?.select();
    });
  };

  return (
    <SectionPage title={s.title} intro={s.intro}>
      <section className={styles.section} aria-labelledby="diagram-heading">
        <Subtitle1 as="h3" id="diagram-heading">
          {s.diagram}
        </Subtitle1>
        <DataPathDiagram hops={hops} profile={profile} />
      </section>
      <section className={styles.section} aria-labelledby="hops-heading">
        <Subtitle1 as="h3" id="hops-heading">
          {s.hops}
        </Subtitle1>
        {hops.length === 0 ? (
          <Body1 className={styles.muted}>{s.empty}</Body1>
        ) : (
          <ol className={styles.list}>
            {hops.map((hop, i) => (
              <li key={hop.id}>
                <HopEditor
                  hop={hop}
                  number={i + 1}
                  count={hops.length}
                  onChange={(patch) => update((a) => editHop(a, hop.id, (h) => applyHopPatch(h, patch)))}
                  onMove={(by) => update((a) => moveHop(a, hop.id, by))}
                  onRemove={() => update((a) => ({ ...a, dataPath: a.dataPath.filter((h) => h.id !== hop.id) }))}
                />
              </li>
            ))}
          </ol>
        )}
        <div>
          <Button icon={<AddRegular />} onClick={add}>
            {s.add}
          </Button>
        </div>
      </section>
    </SectionPage>
  );
}
