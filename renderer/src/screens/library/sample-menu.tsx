import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, type ButtonProps } from '@fluentui/react-components';
import type { SampleInfo } from '../../../../src/core/ipc-contract';
import { BeakerRegular } from '../../components/icons';
import { strings } from '../../i18n/en';

/** A menu of the bundled sample assessments; choosing one adds it to the library and opens it. */
export function SampleMenu({
  samples,
  onOpen,
  appearance = 'secondary',
}: {
  samples: readonly SampleInfo[];
  onOpen: (fileName: string) => void;
  appearance?: ButtonProps['appearance'];
}) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance={appearance} icon={<BeakerRegular />}>
          {strings.library.openSample}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList aria-label={strings.library.samplesMenu}>
          {samples.length === 0 && <MenuItem disabled>{strings.app.loading}</MenuItem>}
          {samples.map((sample) => (
            <MenuItem key={sample.fileName} onClick={() => onOpen(sample.fileName)} secondaryContent={sample.vendor}>
              {sample.service}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
