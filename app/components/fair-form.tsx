import { CheckboxListField, SelectField, TextAreaField, TextField } from "./form";
import { useT } from "../i18n/use-t";
import { FAIR_DEGREES, WAITLIST_MODES, type FairAudience } from "../../vocabulary";

export interface FairFormValues {
  title: string;
  theme: string;
  description: string;
  collegeId: number | null;
  startsOn: string;
  endsOn: string;
  liveFrom: string;
  liveUntil: string;
  audience: FairAudience;
  graduateCapacity: number | null;
  waitlistMode: string;
  boothCapacity: number;
  employerWindowOpens: string;
  employerWindowCloses: string;
}

/** The fields of a fair, for creating and editing (inside an ActionForm). */
export function FairFields(props: {
  values?: FairFormValues;
  colleges: { id: number; name: string }[];
  /** College staff hold fairs for their college only. */
  fixedCollegeId: number | null;
  cohorts: number[];
}) {
  const t = useT();
  const v = props.values;
  return (
    <>
      <TextField name="title" label={t("fair.form.title")} required defaultValue={v?.title} />
      <TextField name="theme" label={t("fair.form.theme")} hint={t("fair.form.theme.hint")} defaultValue={v?.theme} />
      <TextAreaField name="description" label={t("fair.form.description")} rows={3} defaultValue={v?.description} />
      {props.fixedCollegeId === null ? (
        <SelectField
          name="collegeId"
          label={t("fair.form.scope")}
          placeholder={t("fair.form.scope.school")}
          options={props.colleges.map((c) => ({ value: String(c.id), label: c.name }))}
          defaultValue={v?.collegeId ? String(v.collegeId) : ""}
        />
      ) : (
        <input type="hidden" name="collegeId" value={props.fixedCollegeId} />
      )}
      <TextField name="startsOn" type="date" label={t("fair.form.startsOn")} required defaultValue={v?.startsOn} />
      <TextField name="endsOn" type="date" label={t("fair.form.endsOn")} required defaultValue={v?.endsOn} />
      <TextField
        name="liveFrom"
        type="time"
        label={t("fair.form.liveFrom")}
        required
        defaultValue={v?.liveFrom ?? "09:00"}
      />
      <TextField
        name="liveUntil"
        type="time"
        label={t("fair.form.liveUntil")}
        required
        defaultValue={v?.liveUntil ?? "16:00"}
      />
      <TextField
        name="employerWindowOpens"
        type="date"
        label={t("fair.form.windowOpens")}
        required
        defaultValue={v?.employerWindowOpens}
      />
      <TextField
        name="employerWindowCloses"
        type="date"
        label={t("fair.form.windowCloses")}
        required
        defaultValue={v?.employerWindowCloses}
      />
      <TextField
        name="boothCapacity"
        label={t("fair.form.boothCapacity")}
        required
        defaultValue={String(v?.boothCapacity ?? 40)}
      />
      <TextField
        name="graduateCapacity"
        label={t("fair.form.graduateCapacity")}
        hint={t("fair.form.graduateCapacity.hint")}
        defaultValue={v?.graduateCapacity ? String(v.graduateCapacity) : ""}
      />
      <SelectField
        name="waitlistMode"
        label={t("fair.form.waitlistMode")}
        options={WAITLIST_MODES.map((mode) => ({ value: mode, label: t(`fair.waitlist.${mode}`) }))}
        defaultValue={v?.waitlistMode ?? "auto"}
      />
      <p>{t("fair.form.audience.hint")}</p>
      <CheckboxListField
        name="cohorts"
        legend={t("fair.form.cohorts")}
        options={props.cohorts.map((c) => ({ value: String(c), label: String(c) }))}
        defaultValues={(v?.audience.cohorts ?? []).map(String)}
      />
      <CheckboxListField
        name="degrees"
        legend={t("fair.form.degrees")}
        options={FAIR_DEGREES.map((d) => ({ value: d, label: t(`degree.${d}`) }))}
        defaultValues={v?.audience.degrees ?? []}
      />
      {props.fixedCollegeId === null ? (
        <CheckboxListField
          name="collegeIds"
          legend={t("fair.form.colleges")}
          options={props.colleges.map((c) => ({ value: String(c.id), label: c.name }))}
          defaultValues={(v?.audience.collegeIds ?? []).map(String)}
        />
      ) : null}
    </>
  );
}
