import { useId, type ReactNode } from "react";
import { useT } from "../i18n/use-t";

export type ActionErrors = { ok: false; errors: Record<string, string[]>; values: Record<string, string> } | undefined;

/** Lists every problem at the top of the form, each linked to its field, and is announced. */
export function ErrorSummary({ result }: { result: ActionErrors | { ok: true } | null | undefined }) {
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
          messages.map((message) => (
            <li key={field + message}>
              {field === "_form" ? t(message) : <a href={`#field-${field}`}>{t(message)}</a>}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  /** When several fields share a name (e.g. repeated "slot" inputs), each needs its own id. */
  id?: string;
  result?: ActionErrors | { ok: true } | null;
  type?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
  minLength?: number;
}) {
  const t = useT();
  const hintId = useId();
  const errorId = useId();
  const failure = props.result && !props.result.ok ? props.result : undefined;
  const errors = failure?.errors[props.name] ?? [];
  const value = props.type === "password" ? undefined : (failure?.values[props.name] ?? props.defaultValue);
  const describedBy =
    [props.hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const id = props.id ?? `field-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span id={hintId} className="field__hint">
          {props.hint}
        </span>
      ) : null}
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        defaultValue={value}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
      />
      {errors.length ? (
        <p id={errorId} className="field__error">
          {errors.map((message) => t(message)).join("；")}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({
  result,
  name,
}: {
  result: ActionErrors | { ok: true } | null | undefined;
  name: string;
}): ReactNode {
  const t = useT();
  if (!result || result.ok) return null;
  const errors = result.errors[name];
  if (!errors?.length) return null;
  return (
    <p className="field__error" id={`error-${name}`}>
      {errors.map((message) => t(message)).join("；")}
    </p>
  );
}

type FieldResult = ActionErrors | { ok: true } | null | undefined;

function fieldState(result: FieldResult, name: string) {
  const failure = result && !result.ok ? result : undefined;
  return { errors: failure?.errors[name] ?? [], echoed: failure?.values[name] };
}

export function SelectField(props: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  result?: FieldResult;
  defaultValue?: string;
  placeholder?: string;
}) {
  const t = useT();
  const { errors, echoed } = fieldState(props.result, props.name);
  return (
    <div className="field">
      <label htmlFor={`field-${props.name}`}>{props.label}</label>
      <select
        id={`field-${props.name}`}
        name={props.name}
        defaultValue={echoed ?? props.defaultValue ?? ""}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `error-${props.name}` : undefined}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors.length ? (
        <p id={`error-${props.name}`} className="field__error">
          {errors.map((m) => t(m)).join("；")}
        </p>
      ) : null}
    </div>
  );
}

export function TextAreaField(props: {
  name: string;
  label: string;
  id?: string;
  result?: FieldResult;
  defaultValue?: string;
  rows?: number;
  hint?: string;
}) {
  const t = useT();
  const { errors, echoed } = fieldState(props.result, props.name);
  const describedBy =
    [props.hint ? `hint-${props.name}` : null, errors.length ? `error-${props.name}` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={props.id ?? `field-${props.name}`}>{props.label}</label>
      {props.hint ? (
        <span id={`hint-${props.name}`} className="field__hint">
          {props.hint}
        </span>
      ) : null}
      <textarea
        id={props.id ?? `field-${props.name}`}
        name={props.name}
        rows={props.rows ?? 5}
        defaultValue={echoed ?? props.defaultValue ?? ""}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy}
      />
      {errors.length ? (
        <p id={`error-${props.name}`} className="field__error">
          {errors.map((m) => t(m)).join("；")}
        </p>
      ) : null}
    </div>
  );
}
