import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { PostingFields } from "../components/posting-form";
import { getDb } from "../db.server";
import { requireMembership } from "../employers/employers.server";
import { domainFailure, formFailure, formValues } from "../http.server";
import { useT } from "../i18n/use-t";
import { createPosting } from "../postings/postings.server";
import { parsePostingForm } from "../postings/form.server";

export const meta: MetaFunction = () => [{ title: "发布新岗位 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "posting:manage-own");
  try {
    await requireMembership(await getDb(), user.id);
  } catch {
    throw redirect("/employer/register");
  }
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "posting:manage-own");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent !== "save" && intent !== "submit") return formFailure({ _form: ["form.unknownIntent"] }, formValues(form));
  const parsed = parsePostingForm(form);
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    const id = await createPosting(await getDb(), {
      userId: user.id,
      content: parsed.content,
      submit: intent === "submit",
    });
    return redirect(`/employer/postings/${id}?done=${intent === "submit" ? "submitted" : "saved"}`);
  } catch (error) {
    return domainFailure(error, formValues(form));
  }
}

export default function NewPosting() {
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("employer.postings.new")}</h1>
      <ErrorSummary result={result} />
      <Form method="post" noValidate>
        <PostingFields result={result} />
        <div className="actions">
          <button className="button" name="intent" value="submit">
            {t("posting.submit")}
          </button>
          <button className="button button--quiet" name="intent" value="save">
            {t("posting.save")}
          </button>
        </div>
      </Form>
    </div>
  );
}
