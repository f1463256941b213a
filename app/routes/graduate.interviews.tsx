import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { InterviewSlots } from "../components/interview-slots";
import { ErrorSummary, TextAreaField, TextField } from "../components/form";
import { getDb } from "../db.server";
import { graduateOfUser } from "../destinations/destinations.server";
import { domainFailure, formFailure, formValues } from "../http.server";
import { useT } from "../i18n/use-t";
import { serializeRows, slotsFromForm } from "../interviews/forms.server";
import {
  cancelInterview,
  listForGraduate,
  pickSlot,
  requestOtherTimes,
  rescheduleInterview,
} from "../interviews/interviews.server";
import { interviewMachine } from "../interviews/states";

export const meta: MetaFunction = () => [{ title: "我的面试 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "application:create");
  const db = await getDb();
  const graduate = await graduateOfUser(db, user.id);
  if (!graduate) return { linked: false, rows: [] };
  return { linked: true, rows: serializeRows(await listForGraduate(db, graduate.id)) };
}

const IntentSchema = z.enum(["pick", "other_times", "reschedule", "cancel"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "application:create");
  const db = await getDb();
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const id = z.uuid().safeParse(values.interviewId);
  if (!id.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
  const interviewId = id.data;
  const viewer = { kind: "graduate" as const, userId: user.id };
  try {
    switch (intent.data) {
      case "pick":
        await pickSlot(db, { interviewId, viewer, slotId: values.slotId ?? "" });
        return { ok: true as const, done: "interview.done.picked", id: interviewId };
      case "other_times":
        await requestOtherTimes(db, { interviewId, userId: user.id, note: values.reason });
        return { ok: true as const, done: "interview.done.otherTimes", id: interviewId };
      case "reschedule":
        await rescheduleInterview(db, { interviewId, viewer, slots: slotsFromForm(form), reason: values.reason });
        return { ok: true as const, done: "interview.done.rescheduled", id: interviewId };
      case "cancel":
        await cancelInterview(db, { interviewId, viewer, reason: values.reason ?? "" });
        return { ok: true as const, done: "interview.done.cancelled", id: interviewId };
    }
  } catch (error) {
    return domainFailure(error, values);
  }
}

export default function GraduateInterviews() {
  const { linked, rows } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failure = result && !result.ok ? result : undefined;
  return (
    <div className="page">
      <h1>{t("interview.mine.title")}</h1>
      {!linked ? <p>{t("interview.noRoster")}</p> : null}
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={failure} />
      {linked && rows.length === 0 ? <p>{t("interview.none")}</p> : null}
      {rows.map((r) => (
        <section key={r.id} className="card">
          <h2>
            {t("interview.card.for", { name: r.postingTitle, posting: r.employerName })} ·{" "}
            {t(interviewMachine.stateLabel(r.status))}
          </h2>
          <p>
            {t(`interview.mode.${r.mode}`)}: {r.location}
          </p>
          {r.cancelReason ? (
            <p>
              {t("interview.reason")}: {r.cancelReason}
            </p>
          ) : null}
          <InterviewSlots interview={r} />
          {r.status === "proposed" ? (
            <Form method="post">
              <input type="hidden" name="interviewId" value={r.id} />
              <TextAreaField
                name="reason"
                id={`reason-other-${r.id}`}
                label={t("interview.reason")}
                result={failure}
                rows={2}
              />
              <button type="submit" name="intent" value="other_times">
                {t("interview.otherTimes")}
              </button>
            </Form>
          ) : null}
          {r.events.includes("reschedule") && r.status === "confirmed" ? (
            <Form method="post">
              <input type="hidden" name="interviewId" value={r.id} />
              <TextField
                name="slot"
                id={`slot-${r.id}-1`}
                type="datetime-local"
                label={t("interview.slot.option", { n: 1 })}
                result={failure}
              />
              <TextField
                name="slot"
                id={`slot-${r.id}-2`}
                type="datetime-local"
                label={t("interview.slot.option", { n: 2 })}
                result={failure}
              />
              <TextField
                name="minutes"
                id={`minutes-${r.id}`}
                type="number"
                label={t("interview.slot.minutes")}
                defaultValue="30"
              />
              <button type="submit" name="intent" value="reschedule">
                {t("interview.reschedule")}
              </button>
            </Form>
          ) : null}
          {r.events.includes("cancel") ? (
            <Form method="post">
              <input type="hidden" name="interviewId" value={r.id} />
              <TextAreaField
                name="reason"
                id={`reason-cancel-${r.id}`}
                label={t("interview.reason")}
                result={failure}
                rows={2}
              />
              <button type="submit" name="intent" value="cancel">
                {t("interview.cancel")}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
    </div>
  );
}
