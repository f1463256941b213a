import { Link, useFetcher } from "@remix-run/react";
import { useEffect } from "react";
import type { ApplyAnswer, ApplyState } from "../applications/apply";
import type { AnyResult } from "../forms/result";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

/**
 * The apply box on a posting page. It loads the visitor's state from /jobs/:id/apply (so the
 * posting page itself needs no change to its loader) and posts there. The button states the
 * consent: applying shares the résumé with this employer only (PIPL art. 23).
 */
export function ApplyPanel({ postingId, initial }: { postingId: string; initial?: ApplyState }) {
  const t = useT();
  const locale = useLocale();
  const loader = useFetcher<ApplyState>();
  const apply = useFetcher<ApplyAnswer>();
  const url = `/jobs/${postingId}/apply`;
  useEffect(() => {
    if (!initial && postingId && loader.state === "idle" && !loader.data) loader.load(url);
  }, [initial, postingId, loader, url]);
  const state = initial ?? loader.data;
  const result = apply.data;
  const when = (iso: string) => formatSchoolDateTime(iso, locale);
  return (
    <section className="card apply-panel" aria-labelledby="apply-heading" data-testid="apply-panel">
      <h2 id="apply-heading">{t("apply.title")}</h2>
      {result?.ok ? (
        <div role="status" data-testid="apply-result">
          <p className="notice">{t(result.status === "already" ? "apply.already" : "apply.done")}</p>
          <p>
            <strong>{t("apply.receipt")}：</strong>
            {t("apply.receipt.body", {
              time: when(result.receipt.createdAt),
              employer: result.receipt.employerName,
              hash: result.receipt.resumeSha256,
            })}
          </p>
          <p>
            <Link to="/graduate/applications">{t("apply.view")}</Link>
          </p>
        </div>
      ) : !state ? (
        <p className="muted">…</p>
      ) : state.kind === "anonymous" ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(`/jobs/${postingId}`)}`}>{t("apply.signIn")}</Link>
        </p>
      ) : state.kind === "not_graduate" ? (
        <p className="muted">{t("apply.signIn")}</p>
      ) : state.kind === "not_linked" ? (
        <p>
          {t("apply.needLink")} <Link to="/graduate/link">{t("link.title")}</Link>
        </p>
      ) : state.kind === "applied" ? (
        <p role="status">
          {t("apply.already")} {t(`application.state.${state.application.status}`)} ·{" "}
          {t("apply.receipt.body", {
            time: when(state.application.createdAt),
            employer: "",
            hash: state.application.resumeSha256,
          })}{" "}
          <Link to="/graduate/applications">{t("apply.view")}</Link>
        </p>
      ) : !state.hasResume ? (
        <p>
          {t("apply.needResume")} <Link to="/graduate/profile">{t("profile.title")}</Link>
        </p>
      ) : (
        <apply.Form method="post" action={url}>
          <ApplyRefusal result={result} />
          <div className="field">
            <label htmlFor="apply-note">{t("apply.note")}</label>
            <textarea id="apply-note" name="note" rows={3} maxLength={500} />
          </div>
          <p className="field__hint">{t("apply.consent")}</p>
          <button type="submit" className="button" disabled={apply.state !== "idle"}>
            {t("apply.button")}
          </button>
        </apply.Form>
      )}
    </section>
  );
}

/** Why an application was refused, every reason in one alert: in the panel, and on the page that works without JavaScript. */
export function ApplyRefusal({ result }: { result: AnyResult }) {
  const t = useT();
  if (!result || result.ok) return null;
  return (
    <p className="alert" role="alert">
      {Object.values(result.errors)
        .flat()
        .map((m) => t(m))
        .join("；")}
    </p>
  );
}
