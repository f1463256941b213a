import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { DataTable, FilterSelect } from "../components/list-page";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { flagLabel, POSTING_RULE_IDS } from "../postings/checks";
import { riskOfEmployer } from "../employers/risk.server";
import { getReviewItem, reviewQueue } from "../postings/vetting.server";
import { reportedPostings } from "../postings/reports.server";
import { formatSchoolDateTime } from "../time";
import { pageTitle } from "../i18n/title";
import { textFor } from "../i18n/names";

export const meta = pageTitle("vetting.title");

const FilterSchema = z.object({
  flag: z.string().max(60).optional().catch(undefined),
  employer: z.uuid().optional().catch(undefined),
  order: z.enum(["waiting", "risk"]).optional().catch(undefined),
  show: z.enum(["all", "pending", "reported"]).optional().catch(undefined),
  decided: z.enum(["approve", "request_changes", "reject"]).optional().catch(undefined),
  posting: z.uuid().optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const filter = FilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const show = filter.show ?? "all";
  const queue =
    show === "reported" ? [] : await reviewQueue(db, { rule: filter.flag || undefined, employerId: filter.employer });
  // Published postings with open reports sit beside the pending ones, most reported first.
  const reported =
    show === "pending"
      ? []
      : (await reportedPostings(db)).filter((r) => !filter.employer || r.employerId === filter.employer);
  const employers = [...new Map([...queue, ...reported].map((i) => [i.employerId, i.employerName])).entries()];
  // Risk per employer in the queue (a few dozen at most); the score orders attention, it decides nothing.
  const risk = new Map<string, number>();
  for (const [employerId] of employers) risk.set(employerId, (await riskOfEmployer(db, employerId))?.score ?? 0);
  const items = queue.map((item) => ({ ...item, risk: risk.get(item.employerId) ?? 0 }));
  const reportedItems = reported.map((item) => ({ ...item, risk: risk.get(item.employerId) ?? 0 }));
  if (filter.order === "risk") {
    items.sort((a, b) => b.risk - a.risk);
    reportedItems.sort((a, b) => b.risk - a.risk);
  }
  // After a decision on the review page: what was decided, on which posting.
  const decidedItem = filter.decided && filter.posting ? await getReviewItem(db, filter.posting) : null;
  const decided =
    filter.decided && decidedItem
      ? { decision: filter.decided, postingId: decidedItem.posting.id, title: decidedItem.posting.title }
      : null;
  return {
    items,
    reported: reportedItems,
    show,
    filter: { flag: filter.flag, employer: filter.employer, order: filter.order },
    canDecide: user.scope.kind === "school",
    employers,
    decided,
  };
}

export default function VettingQueue() {
  const { items, reported, show, filter, canDecide, employers, decided } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const rules = [...POSTING_RULE_IDS, "employer.unverified", "employer.suspended", "duplicate"];
  return (
    <div className="page">
      <h1>{t("vetting.title")}</h1>
      {decided ? (
        <p className="notice" role="status" data-testid="decided">
          {t(`vetting.decided.${decided.decision}`, { title: decided.title })}{" "}
          <Link to={`/staff/vetting/${decided.postingId}`}>{t("vetting.decided.view")}</Link>
        </p>
      ) : null}
      {!canDecide ? <p className="banner">{t("vetting.readOnly")}</p> : null}
      <Form method="get" className="filters">
        <FilterSelect
          name="flag"
          label={t("vetting.filter.flag")}
          all={t("vetting.filter.all")}
          defaultValue={filter.flag}
          options={rules.map((rule) => ({ value: rule, label: textFor(locale, flagLabel(rule)) }))}
        />
        <FilterSelect
          name="employer"
          label={t("vetting.filter.employer")}
          all={t("vetting.filter.all")}
          defaultValue={filter.employer}
          options={employers.map(([id, name]) => ({ value: id, label: name }))}
        />
        <FilterSelect
          name="show"
          label={t("vetting.show")}
          defaultValue={show}
          options={(["all", "pending", "reported"] as const).map((s) => ({ value: s, label: t(`vetting.show.${s}`) }))}
        />
        <FilterSelect
          name="order"
          label={t("vetting.order")}
          defaultValue={filter.order ?? "waiting"}
          options={(["waiting", "risk"] as const).map((o) => ({ value: o, label: t(`vetting.order.${o}`) }))}
        />
        <button className="button" type="submit">
          {t("jobs.submit")}
        </button>
      </Form>
      {show !== "pending" ? (
        <section aria-labelledby="reported-heading" data-testid="reported">
          <h2 id="reported-heading">
            {t("vetting.reported")}（{reported.length}）
          </h2>
          {reported.length === 0 ? (
            <p>{t("vetting.reported.empty")}</p>
          ) : (
            <DataTable
              columns={[
                t("vetting.reported.first"),
                t("posting.title"),
                t("posting.employer"),
                t("vetting.risk"),
                t("vetting.reported.count"),
              ]}
            >
              {reported.map((item) => (
                <tr key={item.postingId}>
                  <td>{formatSchoolDateTime(item.firstReportedAt, locale)}</td>
                  <td>
                    <Link to={`/staff/vetting/${item.postingId}`}>{item.title}</Link>
                  </td>
                  <td>{item.employerName}</td>
                  <td>{item.risk}</td>
                  <td data-testid="report-count">
                    <span className="badge badge--bad">{item.reports}</span>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ) : null}
      {show !== "reported" ? <h2>{t("vetting.pending")}</h2> : null}
      {show === "reported" ? null : items.length === 0 ? (
        <p>{t("vetting.queue.empty")}</p>
      ) : (
        <DataTable
          columns={[
            t("vetting.waiting"),
            t("posting.title"),
            t("posting.employer"),
            t("vetting.risk"),
            t("posting.flags"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.revisionId ?? item.postingId}>
              <td>{formatSchoolDateTime(item.submittedAt, locale)}</td>
              <td>
                <Link to={`/staff/vetting/${item.postingId}`}>{item.title}</Link>{" "}
                <span className="badge">{t(item.revisionId ? "vetting.kind.revision" : "vetting.kind.new")}</span>
              </td>
              <td>{item.employerName}</td>
              <td data-testid="risk">{item.risk}</td>
              <td>
                {item.flags.map((flag) => (
                  <span
                    key={flag.rule}
                    className={flag.severity === "block" ? "badge badge--bad" : "badge badge--warn"}
                  >
                    {textFor(locale, flagLabel(flag.rule))}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
