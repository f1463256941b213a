import type { ActionErrors } from "./form";
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

/** The terms of a 三方协议, for drafting one and for editing it before the graduate replies. */
export function AgreementTermsFields({
  result,
  provinces,
  values = {},
}: {
  /** Only outside an ActionForm (inside one, the fields read the form's own answer). */
  result?: ActionErrors | { ok: true } | null;
  provinces: readonly string[];
  values?: AgreementTermValues;
}) {
  const t = useT();
  return (
    <>
      <TextField
        name="position"
        label={t("agreement.position")}
        result={result}
        defaultValue={values.position}
        required
      />
      <TextField
        name="monthlyPay"
        type="number"
        label={t("agreement.field.monthlyPay")}
        result={result}
        defaultValue={values.monthlyPay}
        required
      />
      <TextField
        name="probationMonths"
        type="number"
        label={t("agreement.field.probationMonths")}
        result={result}
        defaultValue={values.probationMonths ?? "0"}
      />
      <SelectField
        name="workProvince"
        label={t("agreement.field.workProvince")}
        options={provinces.map((p) => ({ value: p, label: p }))}
        result={result}
        defaultValue={values.workProvince}
        placeholder=""
      />
      <TextField
        name="workCity"
        label={t("agreement.field.workCity")}
        result={result}
        defaultValue={values.workCity}
        required
      />
      <TextField
        name="startDate"
        type="date"
        label={t("agreement.field.startDate")}
        result={result}
        defaultValue={values.startDate}
        required
      />
      <TextField
        name="breachPenalty"
        type="number"
        label={t("agreement.field.breachPenalty")}
        result={result}
        defaultValue={values.breachPenalty ?? "0"}
      />
      <TextField
        name="archiveAddress"
        label={t("agreement.field.archiveAddress")}
        result={result}
        defaultValue={values.archiveAddress}
        required
      />
      <TextField
        name="hukouAddress"
        label={t("agreement.field.hukouAddress")}
        result={result}
        defaultValue={values.hukouAddress}
        required
      />
    </>
  );
}
