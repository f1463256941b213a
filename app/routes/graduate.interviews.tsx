import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { actingAs } from "../auth/actor";
import { requirePermission } from "../auth/session.server";
import { CancelInterviewForm, InterviewCard, RescheduleInterviewForm } from "../components/interview-slots";
import { TextAreaField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { OneButtonForm } from "../components/one-button-form";
import { getDb } from "../db.server";
import { graduateOfUser } from "../destinations/destinations.server";
import { done, formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { serializeRows, sharedInterviewHandlers } from "../interviews/forms.server";
import { listForGraduate, requestOtherTimes } from "../interviews/interviews.server";
import { GraduateInterviewForm } from "../interviews/schema";

export const meta = pageTitle("interview.mine.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "application:create");
  const db = await getDb();
  const graduate = await graduateOfUser(db, user.id);
  if (!graduate) return { linked: false, rows: [] };
  return { linked: true, rows: serializeRows(await listForGraduate(db, graduate.id)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "application:create");
  const db = await getDb();
  return formAction(request, GraduateInterviewForm, {
    ...sharedInterviewHandlers(db, actingAs("graduate", { userId: user.id })),
    other_times: async ({ interviewId, reason }) => {
      await requestOtherTimes(db, { userId: user.id }, { interviewId, note: reason });
      return { ...done("interview.done.otherTimes"), id: interviewId };
    },
  });
}

export default function GraduateInterviews() {
  const { linked, rows } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t("interview.mine.title")}</h1>
      {!linked ? <p>{t("interview.noRoster")}</p> : null}
      <FormOutcome result={result} />
      {linked && rows.length === 0 ? <p>{t("interview.none")}</p> : null}
      {rows.map((r) => (
        <InterviewCard
          key={r.id}
          interview={r}
          title={t("interview.card.for", { name: r.postingTitle, posting: r.employerName })}
        >
          {r.status === "proposed" ? (
            <OneButtonForm
              intent="other_times"
              result={result}
              name="interviewId"
              value={r.id}
              label={t("interview.otherTimes")}
            >
              <TextAreaField name="reason" label={t("interview.reason")} rows={2} />
            </OneButtonForm>
          ) : null}
          {r.events.includes("reschedule") && r.status === "confirmed" ? (
            <RescheduleInterviewForm interviewId={r.id} result={result} />
          ) : null}
          {r.events.includes("cancel") ? <CancelInterviewForm interviewId={r.id} result={result} /> : null}
        </InterviewCard>
      ))}
    </div>
  );
}
