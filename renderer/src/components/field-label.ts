import { makeStyles, type LabelProps } from '@fluentui/react-components';

/**
 * The required marker drawn by CSS with empty alternative text: seen as "*", never part of the label's text
 * or its accessible name, so "Vendor" is found as "Vendor" (the field itself says it is required).
 */
export const useRequiredMarkStyles = makeStyles({
  mark: { '::after': { content: '"*" / ""' } },
});

/** A Field's label whose required marker stays outside the label's text and name. */
export function fieldLabel(text: string, required: boolean | undefined, markClass: string): LabelProps {
  return required ? { children: text, required: { className: markClass, children: '' } } : { children: text };
}
