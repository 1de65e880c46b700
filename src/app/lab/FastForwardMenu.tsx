import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { LoadedMenuProps } from '../shell/OnDemandMenu';
import { FAST_FORWARD_OPTIONS, type FastForwardOption } from './fast-forward';

export interface FastForwardMenuProps {
  readonly onFastForward: (option: FastForwardOption) => void;
}

/** The lab strip's fast-forward jumps (loaded on demand). */
export function FastForwardMenu({ onFastForward, open, onOpenChange, trigger }: FastForwardMenuProps & LoadedMenuProps) {
  return (
    <Menu open={open} onOpenChange={(_event, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {FAST_FORWARD_OPTIONS.map((option) => (
            <MenuItem key={option.duration} onClick={() => onFastForward(option)}>
              {option.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
