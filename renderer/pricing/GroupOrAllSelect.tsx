import { Select, type ComboboxItem } from '@mantine/core';
import { useController, useFormContext } from 'react-hook-form';
import { useFieldPath } from '../editor/FieldPath';

/** Stands for "" (all product groups, any product group) in a list, where "" is no choice; never an id. */
const ALL = '*';

/**
 * A product group, or all of them: "" in the project. For table cells: the column header is the
 * label, kept as the input's accessible name.
 */
export function GroupOrAllSelect({ name, label, allLabel, data }: { name: string; label: string; allLabel: string; data: ComboboxItem[] }) {
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const dataField = useFieldPath(name);
  const value = (field.value as string) || ALL;
  return (
    <Select
      aria-label={label}
      data-field={dataField}
      size="sm"
      data={[{ value: ALL, label: allLabel }, ...data]}
      value={value}
      allowDeselect={false}
      searchable
      onChange={(next) => field.onChange(next === null || next === ALL ? '' : next)}
      onBlur={field.onBlur}
      ref={field.ref}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
