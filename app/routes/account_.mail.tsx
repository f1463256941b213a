import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { getMailLanguage, setMailLanguage } from "../auth/mail-language.server";
import { MailLanguageSchema } from "../auth/schema";
import { requirePermission } from "../auth/session.server";
import { ActionForm, SelectField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("mailLanguage.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  return { locale: await getMailLanguage(await getDb(), { userId: user.id }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  return formAction(request, MailLanguageSchema, async ({ locale }) => {
    await setMailLanguage(await getDb(), { userId: user.id }, { locale });
    return done("mailLanguage.saved");
  });
}

export default function MailLanguage() {
  const { locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <p>
        <Link to="/account">← {t("account.title")}</Link>
      </p>
      <h1>{t("mailLanguage.title")}</h1>
      <p>{t("mailLanguage.lead")}</p>
      <FormOutcome result={result} />
      <ActionForm id="mail-language" result={result} noValidate key={locale}>
        <SelectField
          name="locale"
          label={t("mailLanguage.field")}
          defaultValue={locale}
          options={[
            { value: "zh-CN", label: t("mailLanguage.zh-CN") },
            { value: "en", label: t("mailLanguage.en") },
          ]}
        />
        <button type="submit" className="button">
          {t("mailLanguage.save")}
        </button>
      </ActionForm>
    </div>
  );
}
