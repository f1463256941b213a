import { FieldError, SelectField, TextAreaField, TextField, useField } from "./form";
import { echoedValues, failureOf, type AnyResult } from "../forms/result";
import { useT } from "../i18n/use-t";
import { ELIGIBILITY_DEGREES, RULE_GENDERS } from "../programmes/schema";
import { CERTIFICATES, POLITICAL_STATUSES, type RuleKind } from "../../vocabulary";

type Params = Record<string, unknown>;
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string => (typeof value === "number" || typeof value === "string" ? String(value) : "");

/** Ticks of a repeated field: what was sent if this form failed, else what is stored. */
function CheckGroup({
  name,
  legend,
  options,
  stored,
  formId,
  result,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  stored: string[];
  formId: string;
  result: AnyResult;
}) {
  const field = useField(name);
  const failure = failureOf(result, formId);
  const ticked = failure ? echoedValues(failure, name) : stored;
  return (
    <fieldset className="field" id={field.id} aria-describedby={field.errors.length ? field.errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input type="checkbox" name={name} value={option.value} defaultChecked={ticked.includes(option.value)} />{" "}
          {option.label}
        </label>
      ))}
      <FieldError name={name} />
    </fieldset>
  );
}

/**
 * The fields of one rule kind on the admin programme-year page (app/programmes/schema.ts
 * RuleEditSchema): each kind its own inputs, each input its own error. Rendered inside the rule's
 * ActionForm, which sends the kind as a hidden field.
 */
export function RuleFields({
  kind,
  params,
  formId,
  result,
}: {
  kind: RuleKind;
  params: Params;
  formId: string;
  result: AnyResult;
}) {
  const t = useT();
  const common = { formId, result };
  switch (kind) {
    case "degree":
      return (
        <CheckGroup
          name="degrees"
          legend={t("programme.admin.degrees")}
          options={ELIGIBILITY_DEGREES.map((d) => ({ value: d, label: t(`degree.${d}`) }))}
          stored={list(params.degrees)}
          {...common}
        />
      );
    case "age": {
      const limits = (params.limits ?? {}) as Record<string, unknown>;
      return (
        <>
          <TextField
            name="asOf"
            label={t("programme.admin.asOf")}
            hint={t("programme.admin.asOf.hint")}
            defaultValue={text(params.asOf)}
          />
          <SelectField
            name="asOfYearOffset"
            label={t("programme.admin.asOfYearOffset")}
            defaultValue={text(params.asOfYearOffset ?? 0)}
            options={["-1", "0", "1"].map((value) => ({ value, label: t(`programme.admin.asOfYearOffset.${value}`) }))}
          />
          <SelectField
            name="gender"
            label={t("programme.admin.gender")}
            defaultValue={text(params.gender ?? "all")}
            options={RULE_GENDERS.map((value) => ({ value, label: t(`programme.admin.gender.${value}`) }))}
          />
          <TextField
            name="minimum"
            type="number"
            label={t("programme.admin.minimum")}
            defaultValue={text(params.minimum)}
          />
          {ELIGIBILITY_DEGREES.map((degree) => (
            <TextField
              key={degree}
              name={`limit_${degree}`}
              type="number"
              label={t("programme.admin.limit", { degree: t(`degree.${degree}`) })}
              defaultValue={text(limits[degree])}
            />
          ))}
        </>
      );
    }
    case "major":
      return (
        <TextAreaField
          name="keywords"
          label={t("programme.admin.keywords")}
          hint={t("programme.admin.keywords.hint")}
          defaultValue={list(params.keywords).join("\n")}
          rows={3}
        />
      );
    case "certificate":
      return (
        <CheckGroup
          name="certificates"
          legend={t("programme.admin.certificates")}
          options={CERTIFICATES.map((c) => ({ value: c, label: t(`programme.certificate.${c}`) }))}
          stored={list(params.certificates)}
          {...common}
        />
      );
    case "political":
      return (
        <CheckGroup
          name="statuses"
          legend={t("programme.admin.statuses")}
          options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`programme.political.${s}`) }))}
          stored={list(params.statuses)}
          {...common}
        />
      );
    case "fresh_graduate":
      return (
        <SelectField
          name="currentPostgraduates"
          label={t("programme.admin.currentPostgraduates")}
          defaultValue={params.currentPostgraduates === true ? "yes" : "no"}
          options={["no", "yes"].map((value) => ({ value, label: t(`programme.admin.currentPostgraduates.${value}`) }))}
        />
      );
    case "health":
      return <p className="muted">{t("programme.admin.noParams")}</p>;
  }
}
