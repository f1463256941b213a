import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { PostingFields, PostingFormButtons } from "../components/posting-form";
import { getDb } from "../db.server";
import { requireMembership } from "../employers/employers.server";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { createPosting } from "../postings/postings.server";
import { PostingSubmission, toContent } from "../postings/schema";

export const meta = pageTitle("employer.postings.new");

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
  const create = async ({ intent, ...form }: z.output<typeof PostingSubmission>) => {
    const id = await createPosting(
      await getDb(),
      { userId: user.id },
      { content: toContent(form), submit: intent === "submit" },
    );
    return redirect(`/employer/postings/${id}?done=${intent === "submit" ? "submitted" : "saved"}`);
  };
  return formAction(request, PostingSubmission, { save: create, submit: create });
}

export default function NewPosting() {
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("employer.postings.new")}</h1>
      <ErrorSummary result={result} />
      <ActionForm id="posting" result={result} noValidate>
        <PostingFields />
        <PostingFormButtons />
      </ActionForm>
    </div>
  );
}
