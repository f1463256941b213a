import type { ReactNode } from "react";
import type { AnyResult } from "../forms/result";
import type { Message } from "../i18n/messages";
import { useT } from "../i18n/use-t";
import { ActionForm } from "./form";

/**
 * A form that is one button acting on one thing (revoke a session, leave a queue, withdraw a talk):
 * the thing's id is sent as the hidden field `name`, and the button says what happens. Its id on the
 * page is `<intent>-<value>` (docs/decisions/009-conventions.md, one form per row) unless `id` names
 * another. `children` are the fields sent with it, above the button (a reason, a reference).
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
  children,
}: {
  result: AnyResult;
  name: string;
  value: string;
  label: string;
  buttonClassName?: string;
  /** The form's own class (`inline-form` to sit in a line of other buttons). */
  className?: string;
  children?: ReactNode;
} & ({ intent: string; id?: string } | { intent?: undefined; id: string })) {
  return (
    <ActionForm id={id ?? `${intent}-${value}`} intent={intent} result={result} className={className}>
      <input type="hidden" name={name} value={value} />
      {children}
      <button type="submit" className={buttonClassName}>
        {label}
      </button>
    </ActionForm>
  );
}

/**
 * The events of a state machine (app/machine.ts) that the reader may send now on one thing, each a
 * one-button form whose intent is the event and whose label is the event's label: `row.events` is what
 * the machine's `available` answered on the server, `only` (optional) the ones offered here, in that
 * order. Each form sends `row.id` as the hidden field `name`; its id is `<event>-<row.id>`.
 * `fields(event)` are the fields sent with that event (a reason), above its button.
 */
export function EventForms<E extends string>({
  machine,
  row,
  only,
  result,
  name,
  className,
  buttonClassName,
  fields,
}: {
  machine: { eventLabel(event: E): Message };
  row: { id: string; events: readonly E[] };
  only?: readonly E[];
  result: AnyResult;
  name: string;
  className?: string;
  buttonClassName?: (event: E) => string;
  fields?: (event: E) => ReactNode;
}) {
  const t = useT();
  const shown = only ? only.filter((event) => row.events.includes(event)) : row.events;
  return shown.map((event) => (
    <OneButtonForm
      key={event}
      intent={event}
      result={result}
      className={className}
      name={name}
      value={row.id}
      label={t(machine.eventLabel(event))}
      buttonClassName={buttonClassName?.(event)}
    >
      {fields?.(event)}
    </OneButtonForm>
  ));
}

/**
 * Staff's decision on one thing sent in for review (an enlistment form, a talk request): accept it
 * with one button, or send it back with the note in `children`, in a form of its own. Both forms send
 * the thing's id as the hidden field `name`; their ids are `<intent>-<id>`.
 */
export function AcceptOrSendBack({
  name,
  value,
  result,
  accept,
  sendBack,
  children,
}: {
  name: string;
  value: string;
  result: AnyResult;
  accept: { intent: string; label: string };
  sendBack: { intent: string; label: string };
  children: ReactNode;
}) {
  return (
    <>
      <OneButtonForm
        intent={accept.intent}
        result={result}
        name={name}
        value={value}
        label={accept.label}
        buttonClassName="button"
      />
      <OneButtonForm
        intent={sendBack.intent}
        result={result}
        name={name}
        value={value}
        label={sendBack.label}
        buttonClassName="button button--secondary"
      >
        {children}
      </OneButtonForm>
    </>
  );
}

/**
 * Whether a meeting took place (an interview, a counselling appointment): one form with the thing's
 * id as the hidden field `name` and two buttons, sending the intent `held.intent` or "no_show".
 */
export function HeldOrNoShowForm({
  id,
  name,
  value,
  result,
  held,
  noShowLabel,
  className,
}: {
  id: string;
  name: string;
  value: string;
  result: AnyResult;
  held: { intent: string; label: string };
  noShowLabel: string;
  className?: string;
}) {
  return (
    <ActionForm id={id} result={result} className={className}>
      <input type="hidden" name={name} value={value} />
      <button type="submit" name="intent" value={held.intent}>
        {held.label}
      </button>
      <button type="submit" name="intent" value="no_show">
        {noShowLabel}
      </button>
    </ActionForm>
  );
}

/**
 * One small form per state a thing may be moved to (a graduate answering an offer, staff settling a
 * subsidy), side by side: each sends the thing's id as the hidden field `name` and the state as
 * `field`, and its id is `<intent>-<id>-<state>`.
 */
export function StateChangeForms<S extends string>({
  intent,
  result,
  name,
  value,
  field,
  states,
  label,
  buttonClassName,
  disabled,
}: {
  intent: string;
  result: AnyResult;
  name: string;
  value: string;
  field: string;
  states: readonly S[];
  label: (state: S) => ReactNode;
  buttonClassName: (state: S) => string;
  disabled?: boolean;
}) {
  return (
    <div className="actions">
      {states.map((state) => (
        <ActionForm
          key={state}
          id={`${intent}-${value}-${state}`}
          intent={intent}
          result={result}
          className="inline-form"
        >
          <input type="hidden" name={name} value={value} />
          <input type="hidden" name={field} value={state} />
          <button type="submit" className={buttonClassName(state)} disabled={disabled}>
            {label(state)}
          </button>
        </ActionForm>
      ))}
    </div>
  );
}
