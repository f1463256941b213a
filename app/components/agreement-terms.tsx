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
  provinces,
  values = {},
}: {
  provinces: readonly string[];
  values?: AgreementTermValues;
}) {
  const t = useT();
  return (
    <>
      <TextField name="position" label={t("agreement.position")} defaultValue={values.position} required />
      <TextField
        name="monthlyPay"
        type="number"
        label={t("agreement.field.monthlyPay")}
        defaultValue={values.monthlyPay}
        required
      />
      <TextField
        name="probationMonths"
        type="number"
        label={t("agreement.field.probationMonths")}
        defaultValue={values.probationMonths ?? "0"}
      />
      <SelectField
        name="workProvince"
        label={t("agreement.field.workProvince")}
        options={provinces.map((p) => ({ value: p, label: p }))}
        defaultValue={values.workProvince}
        placeholder=""
      />
      <TextField name="workCity" label={t("agreement.field.workCity")} defaultValue={values.workCity} required />
      <TextField
        name="startDate"
        type="date"
        label={t("agreement.field.startDate")}
        defaultValue={values.startDate}
        required
      />
      <TextField
        name="breachPenalty"
        type="number"
        label={t("agreement.field.breachPenalty")}
        defaultValue={values.breachPenalty ?? "0"}
      />
      <TextField
        name="archiveAddress"
        label={t("agreement.field.archiveAddress")}
        defaultValue={values.archiveAddress}
        required
      />
      <TextField
        name="hukouAddress"
        label={t("agreement.field.hukouAddress")}
        defaultValue={values.hukouAddress}
        required
      />
    </>
  );
}
