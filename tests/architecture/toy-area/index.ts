/*
 * A toy area for tests/architecture/toy-area.test.ts, copied into src/tenant/areas/toy/ of a
 * scratch copy of the code: a slice, one command, one audit activity and one object kind that
 * scenario checks can name. It is type-checked there, not here (tsconfig excludes this folder),
 * since `tenant.toy` exists only once the area is in the table.
 */
import { defineArea, type ObjectKindDefinition } from '../../area';
import { emptyCollection, entities, getById, putEntity, type Collection } from '../../collection';
import { defineCommand } from '../../command';
import { defineActivities, nameOf } from '../../describe';
import { tenantError } from '../../errors';

export interface Widget {
  readonly id: string;
  readonly displayName: string;
}

export interface ToySlice {
  readonly widgets: Collection<Widget>;
}

interface CreateWidget {
  readonly type: 'widget.create';
  readonly displayName: string;
}

const ACTIVITIES = defineActivities({
  'Add widget': { category: 'Other', operationType: 'Add', describe: (record) => `Widget ${nameOf(record.targetResources[0])} added` },
});

const widget: ObjectKindDefinition<Widget> = {
  description: 'A widget by name.',
  find: (tenant, key) => [...entities(tenant.toy.widgets)].filter((item) => item.displayName.toLowerCase() === key.toLowerCase()),
  locate: (tenant, id) => {
    const entity = getById(tenant.toy.widgets, id);
    return entity ? { kind: 'widget', entity } : undefined;
  },
  describe: (entity) => `the widget ${entity.displayName}`,
  describeKey: (key) => `the widget ${key}`,
};

export const toyArea = defineArea({
  id: 'toy',
  initialSlice: (): ToySlice => ({ widgets: emptyCollection() }),
  commands: {
    'widget.create': defineCommand<CreateWidget>({
      permission: 'microsoft.directory/users/create',
      activity: ACTIVITIES['Add widget'],
      validate(tenant, command) {
        if (typeof command.displayName !== 'string' || !command.displayName.trim()) return tenantError('RequiredPropertyMissing', 'A widget needs a name.', 'displayName');
        return widget.find(tenant, command.displayName).length > 0 ? tenantError('InvalidValue', 'Another widget has that name.', 'displayName') : undefined;
      },
      apply(draft, command, context) {
        const created: Widget = { id: context.newId(), displayName: command.displayName.trim() };
        putEntity(draft.toy.widgets, created);
        return [{ id: created.id, displayName: created.displayName, type: 'Other', modifiedProperties: [] }];
      },
    }),
  },
  activities: Object.values(ACTIVITIES),
  objectKinds: { widget },
});
