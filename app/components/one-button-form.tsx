import type { AnyResult } from "../forms/result";
import { ActionForm } from "./form";

/**
 * A form that is one button acting on one thing (revoke a session, leave a queue, withdraw a talk):
 * the thing's id is sent as the hidden field `name`, and the button says what happens.
 */
export function OneButtonForm({
  id,
  intent,
  result,
  name,
  value,
  label,
  buttonClassName,
  className,
}: {
  /** The form's id on the page, `<intent>-<row id>` where there is one per row. */
  id: string;
  intent?: string;
  result: AnyResult;
  name: string;
  value: string;
  label: string;
  buttonClassName?: string;
  /** The form's own class (`inline-form` to sit in a line of other buttons). */
  className?: string;
}) {
  return (
    <ActionForm id={id} intent={intent} result={result} className={className}>
      <input type="hidden" name={name} value={value} />
      <button type="submit" className={buttonClassName}>
        {label}
      </button>
    </ActionForm>
  );
}
