import { ChoiceGroup, type ChoiceGroupProps } from './choice-group';

/** Several checkboxes under one legend (weekdays, locations, services). */
export function CheckboxGroup(props: ChoiceGroupProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}
