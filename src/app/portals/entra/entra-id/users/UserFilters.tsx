import { Button, Dropdown, Field, Option, Popover, PopoverSurface, PopoverTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular, FilterAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ENTRA_USER_FILTERS, type EntraUserFilters } from '../../../../../views/entra-users';

type FilterId = (typeof ENTRA_USER_FILTERS)[number]['id'];

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  surface: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: '260px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  pills: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  pill: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

function valueOf(id: FilterId, option: string): EntraUserFilters[FilterId] {
  if (id === 'userType') return option as EntraUserFilters['userType'];
  return option === 'Yes';
}

function optionOf(id: FilterId, value: EntraUserFilters[FilterId]): string {
  if (id === 'userType') return String(value);
  return value ? 'Yes' : 'No';
}

/** "Add filter" and the filters in force, each shown as "<Filter> == <value>" with a way to remove it. */
export function UserFilters({ filters, onChange }: { readonly filters: EntraUserFilters; readonly onChange: (filters: EntraUserFilters) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [filterId, setFilterId] = useState<FilterId | ''>('');
  const [option, setOption] = useState('');
  const definition = ENTRA_USER_FILTERS.find((each) => each.id === filterId);
  const active = ENTRA_USER_FILTERS.filter((each) => filters[each.id] !== undefined);

  const apply = () => {
    if (!definition || !option) return;
    onChange({ ...filters, [definition.id]: valueOf(definition.id, option) });
    setOpen(false);
    setFilterId('');
    setOption('');
  };

  const remove = (id: FilterId) => {
    const next: Record<string, unknown> = { ...filters };
    delete next[id];
    onChange(next as unknown as EntraUserFilters);
  };

  return (
    <div className={styles.bar}>
      {active.length > 0 && (
        <ul className={styles.pills} aria-label="Filters">
          {active.map((each) => (
            <li key={each.id} className={styles.pill}>
              <span>{`${each.label} == ${optionOf(each.id, filters[each.id])}`}</span>
              <Button size="small" appearance="transparent" icon={<DismissRegular />} aria-label={`Remove filter ${each.label}`} onClick={() => remove(each.id)} />
            </li>
          ))}
        </ul>
      )}
      <Popover open={open} onOpenChange={(_, data) => setOpen(data.open)} trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<FilterAddRegular />}>
            Add filter
          </Button>
        </PopoverTrigger>
        <PopoverSurface aria-label="Add filter" className={styles.surface}>
          <Field label="Filter">
            <Dropdown
              placeholder="Select a filter"
              value={definition?.label ?? ''}
              selectedOptions={filterId ? [filterId] : []}
              onOptionSelect={(_, data) => {
                setFilterId((data.optionValue ?? '') as FilterId | '');
                setOption('');
              }}
            >
              {ENTRA_USER_FILTERS.map((each) => (
                <Option key={each.id} value={each.id}>
                  {each.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {definition && (
            <Field label="Value">
              <Dropdown placeholder="Select a value" value={option} selectedOptions={option ? [option] : []} onOptionSelect={(_, data) => setOption(data.optionValue ?? '')}>
                {definition.options.map((each) => (
                  <Option key={each} value={each}>
                    {each}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!definition || !option} onClick={apply}>
              Apply
            </Button>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </PopoverSurface>
      </Popover>
    </div>
  );
}
