import type { ComponentProps } from "react";
import { useT } from "../i18n/use-t";

/**
 * The job search box, on the front page and on the job list: a label for screen readers only, the
 * words (`q`, sent with GET to /jobs), and the button. `id` names the input; the rest are the input's
 * own attributes (what it shows, how it reacts to typing).
 */
export function JobSearchBox({
  id,
  buttonClassName,
  ...input
}: { id: string; buttonClassName: string } & Omit<ComponentProps<"input">, "id" | "name" | "type">) {
  const t = useT();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t("jobs.search")}
      </label>
      <input id={id} name="q" type="search" autoComplete="off" {...input} />
      <button className={buttonClassName} type="submit">
        {t("jobs.submit")}
      </button>
    </>
  );
}
