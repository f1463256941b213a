import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { graduateOfUser, linkToRoster, pendingLinkRequest } from "../graduates/activation.server";
import { LinkSchema } from "../graduates/schema";
import { formFailure, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "关联名册 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  if (await graduateOfUser(db, user.id)) throw redirect("/graduate");
  const pending = await pendingLinkRequest(db, user.id);
  return { pending: pending ? { studentNo: pending.studentNo } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const parsed = parseForm(LinkSchema, await request.formData());
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  const result = await linkToRoster(await getDb(), { userId: user.id, ...parsed.data });
  if (result.status === "linked") throw redirect("/graduate/profile");
  return { ok: true as const, status: result.status };
}

export default function LinkRoster() {
  const { pending } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("link.title")}</h1>
      <p className="lead">{t("link.lead")}</p>
      <ErrorSummary result={result && !result.ok ? result : undefined} />
      {result?.ok ? (
        <p className="notice" role="status">
          {t("link.requested")}
        </p>
      ) : null}
      {pending && !result?.ok ? (
        <p className="notice" role="status">
          {t("link.pending", { studentNo: pending.studentNo })}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <TextField
          name="studentNo"
          label={t("link.studentNo")}
          required
          result={result && !result.ok ? result : undefined}
        />
        <TextField
          name="name"
          label={t("link.name")}
          autoComplete="name"
          required
          result={result && !result.ok ? result : undefined}
        />
        <button type="submit" className="button">
          {t("link.submit")}
        </button>
      </Form>
    </div>
  );
}
