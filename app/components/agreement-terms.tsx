import { SelectField, TextField } from "./form";
import { useT } from "../i18n/use-t";

export type AgreementTermValues = Partial<
  Record<
    | "position"
    | "monthlyPay"
    | "probationMonths"
    | "workProvince"
    | "workCity"
    | "startDate"
    | "breachPenalty"
    | "archiveAddress"
    | "hukouAddress",
    string
  >
>;

type TermName = keyof AgreementTermValues;

/** The fields in the order the agreement prints them; a number with a default starts at 0. */
const TERM_FIELDS: ReadonlyArray<{
  name: TermName;
  label: string;
  type?: "number" | "date";
  required?: boolean;
  fallback?: string;
}> = [
  { name: "position", label: "agreement.position", required: true },
  { name: "monthlyPay", label: "agreement.field.monthlyPay", type: "number", required: true },
  { name: "probationMonths", label: "agreement.field.probationMonths", type: "number", fallback: "0" },
  { name: "workProvince", label: "agreement.field.workProvince" },
  { name: "workCity", label: "agreement.field.workCity", required: true },
  { name: "startDate", label: "agreement.field.startDate", type: "date", required: true },
  { name: "breachPenalty", label: "agreement.field.breachPenalty", type: "number", fallback: "0" },
  { name: "archiveAddress", label: "agreement.field.archiveAddress", required: true },
  { name: "hukouAddress", label: "agreement.field.hukouAddress", required: true },
];

/** The terms of a 三方协议, for drafting one and for editing it before the graduate replies. */
export function AgreementTermsFields({
  provinces,
  values = {},
}: {
  provinces: readonly string[];
  values?: AgreementTermValues;
}) {
  const t = useT();
  return (
    <>
      {TERM_FIELDS.map((field) =>
        // The province is a choice from the list the minimum-wage check knows; the rest are typed.
        field.name === "workProvince" ? (
          <SelectField
            key={field.name}
            name={field.name}
            label={t(field.label)}
            options={provinces.map((p) => ({ value: p, label: p }))}
            defaultValue={values.workProvince}
            placeholder=""
          />
        ) : (
          <TextField
            key={field.name}
            name={field.name}
            type={field.type}
            label={t(field.label)}
            defaultValue={values[field.name] ?? field.fallback}
            required={field.required}
          />
        ),
      )}
    </>
  );
}
