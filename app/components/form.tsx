import { Form } from "@remix-run/react";
import { createContext, useContext, type ChangeEvent, type ComponentProps, type ReactNode } from "react";
import {
  echoedValue,
  echoedValues,
  failureOf,
  fieldIds,
  FORM_ID_FIELD,
  type AnyFailure,
  type AnyResult,
} from "../forms/result";
import { acceptFor, type FileFieldKind } from "../files/sniff";
import type { Message } from "../i18n/messages";
import { useT } from "../i18n/use-t";

interface FormScope {
  formId: string;
  failure: AnyFailure | undefined;
}

const ScopeContext = createContext<FormScope | null>(null);

/**
 * A form of a page (decision 009): carries its id with the submission, so the action's answer
 * comes back scoped to it; the fields inside read that answer and nothing else. Works without
 * JavaScript (a plain POST, the page rendered again with the answer).
 */
export function ActionForm({
  id,
  intent,
  result,
  children,
  method = "post",
  ...rest
}: { id: string; intent?: string; result: AnyResult } & Omit<ComponentProps<typeof Form>, "id">) {
  const failure = failureOf(result, id);
  return (
    <ScopeContext.Provider value={{ formId: id, failure }}>
      <Form id={id} method={method} {...rest}>
        <input type="hidden" name={FORM_ID_FIELD} value={id} />
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        {children}
      </Form>
    </ScopeContext.Provider>
  );
}

/**
 * Ids, errors and the echoed value of one field, under the one id scheme and the answer of the
 * ActionForm around it. Several fields of one name in a form (repeated "slot" inputs) each pass
 * their own `id`. Outside an ActionForm (a search form sent with GET) a field has no answer to show.
 */
export function useField(name: string, own?: { id?: string }) {
  const scope = useContext(ScopeContext);
  const ids = own?.id
    ? { id: own.id, errorId: `${own.id}-error`, hintId: `${own.id}-hint` }
    : fieldIds(scope?.formId ?? "field", name);
  return { ...ids, errors: scope?.failure?.errors[name] ?? [], echoed: echoedValue(scope?.failure, name) };
}

/** A field's hint, named by the input's aria-describedby (the one id scheme). */
function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span id={id} className="field__hint">
      {hint}
    </span>
  ) : null;
}

type FieldState = ReturnType<typeof useField>;

function describedBy(field: FieldState, hint: unknown) {
  return (
    [hint ? field.hintId : null, field.errors.length ? field.errorId : null].filter(Boolean).join(" ") || undefined
  );
}

/** What every control of a field carries besides its id and name: whether it is refused, and what describes it. */
function ariaOf(field: FieldState, hint: unknown) {
  return {
    "aria-invalid": field.errors.length ? true : undefined,
    "aria-describedby": describedBy(field, hint),
  };
}

/** A field's frame: the label above, the hint, the control, and the error under it. */
function LabelledField(props: { field: FieldState; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.field.id}>{props.label}</label>
      <FieldHint id={props.field.hintId} hint={props.hint} />
      {props.children}
      <ErrorText id={props.field.errorId} errors={props.field.errors} />
    </div>
  );
}

/** Lists every problem at the top of the page, each linked to its field, and is announced. */
export function ErrorSummary({ result }: { result: AnyResult }) {
  const t = useT();
  if (!result || result.ok) return null;
  const entries = Object.entries(result.errors);
  if (entries.length === 0) return null;
  return (
    <div className="alert" role="alert" tabIndex={-1}>
      <p>
        <strong>{t("form.errors")}</strong>
      </p>
      <ul>
        {entries.map(([field, messages]) =>
          messages.map((message) => {
            const text = t(message);
            const href = `#${fieldIds(result.form, field).id}`;
            return <li key={field + text}>{field === "_form" ? text : <a href={href}>{text}</a>}</li>;
          }),
        )}
      </ul>
    </div>
  );
}

function ErrorText({ id, errors }: { id: string; errors: Message[] }) {
  const t = useT();
  if (!errors.length) return null;
  return (
    <p id={id} className="field__error">
      {errors.map((message) => t(message)).join("；")}
    </p>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  /** When several fields of a form share a name (repeated "slot" inputs), each needs its own id. */
  id?: string;
  type?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
  minLength?: number;
}) {
  const field = useField(props.name, props);
  const value = props.type === "password" ? undefined : (field.echoed ?? props.defaultValue);
  return (
    <LabelledField field={field} label={props.label} hint={props.hint}>
      <input
        id={field.id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        defaultValue={value}
        {...ariaOf(field, props.hint)}
      />
    </LabelledField>
  );
}

/** The error of a field drawn by hand (a fieldset of radios, a file input), under the one id scheme. */
export function FieldError({ name }: { name: string }): ReactNode {
  const field = useField(name);
  return <ErrorText id={field.errorId} errors={field.errors} />;
}

export function SelectField(props: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  placeholder?: string;
  /** A select whose choice changes other fields of the page: the caller holds its value. */
  controlled?: { value: string; onChange: (value: string) => void };
}) {
  const field = useField(props.name);
  const controlled = props.controlled;
  const choice = controlled
    ? {
        value: controlled.value,
        onChange: (event: ChangeEvent<HTMLSelectElement>) => controlled.onChange(event.target.value),
      }
    : { defaultValue: field.echoed ?? props.defaultValue ?? "" };
  return (
    <LabelledField field={field} label={props.label}>
      <select id={field.id} name={props.name} {...choice} {...ariaOf(field, false)}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export function TextAreaField(props: {
  name: string;
  label: string;
  id?: string;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  hint?: string;
}) {
  const field = useField(props.name, props);
  return (
    <LabelledField field={field} label={props.label} hint={props.hint}>
      <textarea
        id={field.id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        defaultValue={field.echoed ?? props.defaultValue ?? ""}
        {...ariaOf(field, props.hint)}
      />
    </LabelledField>
  );
}

/** A file input under the one id scheme; a file is never echoed back, so a refused form asks for it again. */
export function FileField(props: {
  name: string;
  label: string;
  /** What the server takes for this field; the picker offers the same types (app/files/sniff.ts). */
  kind: FileFieldKind;
  hint?: string;
  required?: boolean;
}) {
  const field = useField(props.name);
  return (
    <LabelledField field={field} label={props.label} hint={props.hint}>
      <input
        id={field.id}
        name={props.name}
        type="file"
        accept={acceptFor(props.kind)}
        required={props.required}
        {...ariaOf(field, props.hint)}
      />
    </LabelledField>
  );
}

/** One checkbox sending "on" when ticked; after a refused submission it shows what was ticked. */
export function CheckboxField(props: { name: string; label: string; hint?: string; defaultChecked?: boolean }) {
  const field = useField(props.name);
  const scope = useContext(ScopeContext);
  const checked = scope?.failure ? field.echoed === "on" : props.defaultChecked;
  return (
    <div className="field">
      <label htmlFor={field.id} className="checkbox">
        <input
          id={field.id}
          type="checkbox"
          name={props.name}
          defaultChecked={checked}
          {...ariaOf(field, props.hint)}
        />{" "}
        {props.label}
      </label>
      <FieldHint id={field.hintId} hint={props.hint} />
      <ErrorText id={field.errorId} errors={field.errors} />
    </div>
  );
}

/** Checkboxes of one name, several of which may be ticked. */
interface CheckboxesProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValues?: string[];
}

/** The boxes to tick: as they were sent after a refused submission of this form, else the defaults. */
function useTicked({ name, defaultValues = [] }: CheckboxesProps): Set<string> {
  const scope = useContext(ScopeContext);
  return new Set(scope?.failure ? echoedValues(scope.failure, name) : defaultValues);
}

/** A few checkboxes in a row; the first takes the field's id, the fieldset its error. */
export function CheckboxGroupField(props: CheckboxesProps) {
  const field = useField(props.name);
  const checked = useTicked(props);
  return (
    <fieldset className="field" aria-describedby={field.errors.length ? field.errorId : undefined}>
      <legend>{props.legend}</legend>
      <div className="radio-row">
        {props.options.map((option, i) => (
          <label key={option.value}>
            <input
              type="checkbox"
              id={i === 0 ? field.id : undefined}
              name={props.name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <ErrorText id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

/**
 * Checkboxes of one name, one under another with the text beside each box: a list that may be long
 * (cohorts, colleges, certificates), where CheckboxGroupField sets a few short ones in a row. The
 * fieldset takes the field's id (the error summary links to it) and its error.
 */
export function CheckboxListField(props: CheckboxesProps) {
  const field = useField(props.name);
  const checked = useTicked(props);
  return (
    <fieldset className="field" id={field.id} aria-describedby={field.errors.length ? field.errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="checkbox">
          <input type="checkbox" name={props.name} value={option.value} defaultChecked={checked.has(option.value)} />{" "}
          {option.label}
        </label>
      ))}
      <ErrorText id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}
