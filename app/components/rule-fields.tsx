import { CheckboxListField, SelectField, TextAreaField, TextField } from "./form";
import { useT } from "../i18n/use-t";
import { ELIGIBILITY_DEGREES, RULE_GENDERS } from "../programmes/schema";
import { CERTIFICATES, POLITICAL_STATUSES, type RuleKind } from "../../vocabulary";

type Params = Record<string, unknown>;
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string => (typeof value === "number" || typeof value === "string" ? String(value) : "");

/**
 * The fields of one rule kind on the admin programme-year page (app/programmes/schema.ts
 * RuleEditSchema): each kind its own inputs, each input its own error. Rendered inside the rule's
 * ActionForm, which sends the kind as a hidden field.
 */
export function RuleFields({ kind, params }: { kind: RuleKind; params: Params }) {
  const t = useT();
  switch (kind) {
    case "degree":
      return (
        <CheckboxListField
          name="degrees"
          legend={t("programme.admin.degrees")}
          options={ELIGIBILITY_DEGREES.map((d) => ({ value: d, label: t(`degree.${d}`) }))}
          defaultValues={list(params.degrees)}
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
        <CheckboxListField
          name="certificates"
          legend={t("programme.admin.certificates")}
          options={CERTIFICATES.map((c) => ({ value: c, label: t(`programme.certificate.${c}`) }))}
          defaultValues={list(params.certificates)}
        />
      );
    case "political":
      return (
        <CheckboxListField
          name="statuses"
          legend={t("programme.admin.statuses")}
          options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`programme.political.${s}`) }))}
          defaultValues={list(params.statuses)}
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
