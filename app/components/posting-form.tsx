import type { PostingContent } from "../../vocabulary";
import { JOB_TYPES, POSTING_DEGREES, POSTING_PROGRAMMES } from "../../vocabulary";
import { programmeName } from "../postings/labels";
import { textFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";
import { POSTING_CATEGORIES } from "../school/regions";
import { SelectField, TextAreaField, TextField } from "./form";

/** The fields of a posting, refilled from the last answer on error or from the saved content. */
export function PostingFields({ content }: { content?: PostingContent | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <TextField name="title" label={t("posting.title")} required defaultValue={content?.title} />
      <SelectField
        name="category"
        label={t("posting.category")}
        placeholder="—"
        defaultValue={content?.category}
        options={POSTING_CATEGORIES.map((c) => ({ value: c, label: c }))}
      />
      <SelectField
        name="jobType"
        label={t("posting.jobType")}
        defaultValue={content?.jobType ?? "full_time"}
        options={JOB_TYPES.map((j) => ({ value: j, label: t(`posting.jobType.${j}`) }))}
      />
      <TextField
        name="headcount"
        type="number"
        label={t("posting.headcount")}
        required
        defaultValue={content ? String(content.headcount) : "1"}
      />
      <TextAreaField name="duties" label={t("posting.duties")} defaultValue={content?.duties} rows={6} />
      <TextAreaField
        name="requirements"
        label={t("posting.requirements")}
        defaultValue={content?.requirements}
        rows={6}
      />
      <SelectField
        name="degree"
        label={t("posting.degree")}
        defaultValue={content?.degree ?? "bachelor"}
        options={POSTING_DEGREES.map((d) => ({
          value: d,
          label: d === "any" ? t("posting.degree.any") : t(`degree.${d}`),
        }))}
      />
      <TextField name="majors" label={t("posting.majors")} defaultValue={content?.majors.join("，")} />
      <TextField
        name="cities"
        label={t("posting.cities")}
        required
        defaultValue={content?.cities.map((c) => c.city).join("，")}
      />
      <fieldset className="field">
        <legend>{t("posting.salary")}</legend>
        <div className="radio-row">
          {(["salaryMin", "salaryMax"] as const).map((name) => (
            <TextField
              key={name}
              name={name}
              type="number"
              label={t(`posting.${name}`)}
              required
              defaultValue={content ? String(content[name]) : undefined}
            />
          ))}
        </div>
      </fieldset>
      <TextAreaField name="benefits" label={t("posting.benefits")} defaultValue={content?.benefits} rows={3} />
      <TextField name="deadline" type="date" label={t("posting.deadline")} required defaultValue={content?.deadline} />
      <TextField name="contact" label={t("posting.contact")} defaultValue={content?.contact} />
      <SelectField
        name="programme"
        label={t("search.facet.programme")}
        defaultValue={content?.programme ?? ""}
        options={[
          { value: "", label: t("posting.programme.none") },
          ...POSTING_PROGRAMMES.map((p) => ({
            value: p,
            label: programmeName(p, locale),
          })),
        ]}
      />
      <p className="muted">{t("posting.apply")}</p>
    </>
  );
}

export function FlagList({
  flags,
}: {
  flags: {
    rule: string;
    severity: "block" | "warn";
    excerpt: string;
    words?: string;
    message: { zh: string; en: string };
  }[];
}) {
  const t = useT();
  const locale = useLocale();
  if (flags.length === 0) return <p className="badge badge--ok">{t("posting.flags.none")}</p>;
  return (
    <ul className="flags">
      {flags.map((flag) => (
        <li key={flag.rule} className={`flag flag--${flag.severity}`} data-rule={flag.rule}>
          <span className={flag.severity === "block" ? "badge badge--bad" : "badge badge--warn"}>
            {t(`vetting.severity.${flag.severity}`)}
          </span>{" "}
          <strong>{textFor(locale, flag.message)}</strong>
          <br />
          <Quote excerpt={flag.excerpt} words={flag.words} />
        </li>
      ))}
    </ul>
  );
}

/** The excerpt with only the offending words marked; a flag that does not name them marks the whole quote. */
export function Quote({ excerpt, words }: { excerpt: string; words?: string }) {
  const at = words ? excerpt.indexOf(words) : -1;
  if (!words || at < 0)
    return (
      <q>
        <mark>{excerpt}</mark>
      </q>
    );
  return (
    <q>
      {excerpt.slice(0, at)}
      <mark>{words}</mark>
      {excerpt.slice(at + words.length)}
    </q>
  );
}

/** The buttons under a posting's fields: submit it for review or save it as a draft; a published posting's revision is only submitted. */
export function PostingFormButtons({ revision = false }: { revision?: boolean }) {
  const t = useT();
  return (
    <div className="actions">
      <button className="button" name="intent" value="submit">
        {t(revision ? "posting.submitRevision" : "posting.submit")}
      </button>
      {revision ? null : (
        <button className="button button--quiet" name="intent" value="save">
          {t("posting.save")}
        </button>
      )}
    </div>
  );
}
