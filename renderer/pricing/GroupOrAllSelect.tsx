import { Select, type ComboboxItem } from '@mantine/core';
import { useController, useFormContext } from 'react-hook-form';
import { useFieldPath } from '../editor/FieldPath';

/** Stands for "" (all product groups, any product group) in a list, where "" is no choice; never an id. */
const ALL = '*';

/** The list's options: "all" first, then the product groups. */
export const groupOrAllData = (allLabel: string, data: ComboboxItem[]): ComboboxItem[] => [{ value: ALL, label: allLabel }, ...data];
/** The project's value ("" for all) as the list's, and back. */
export const toGroupOrAllOption = (productGroupId: string): string => productGroupId || ALL;
export const fromGroupOrAllOption = (option: string | null): string => (option === null || option === ALL ? '' : option);

/**
 * A product group, or all of them: "" in the project. For table cells: the column header is the
 * label, kept as the input's accessible name.
 */
export function GroupOrAllSelect({ name, label, allLabel, data }: { name: string; label: string; allLabel: string; data: ComboboxItem[] }) {
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const dataField = useFieldPath(name);
  const value = toGroupOrAllOption(field.value as string);
  return (
    <Select
      aria-label={label}
      data-field={dataField}
      size="sm"
      data={groupOrAllData(allLabel, data)}
      value={value}
      allowDeselect={false}
      searchable
      onChange={(next) => field.onChange(fromGroupOrAllOption(next))}
      onBlur={field.onBlur}
      ref={field.ref}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
