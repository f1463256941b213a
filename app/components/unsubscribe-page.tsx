import { Form } from "@remix-run/react";
import { useT } from "../i18n/use-t";

/**
 * The page behind a mail's unsubscribe link: a button (a GET must unsubscribe no one, since mail
 * systems' link scanners follow links), then what happened. `lead` and `done` name what is given up.
 */
export function UnsubscribePage({
  valid,
  result,
  lead,
  done,
}: {
  valid: boolean;
  result: { done: boolean } | undefined;
  lead: string;
  done: string;
}) {
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("unsubscribe.title")}</h1>
      {result?.done ? (
        <p className="notice" role="status">
          {t(done)}
        </p>
      ) : !valid || result ? (
        <p role="alert">{t("unsubscribe.invalid")}</p>
      ) : (
        <Form method="post">
          <p>{t(lead)}</p>
          <button type="submit" className="button">
            {t("unsubscribe.confirm")}
          </button>
        </Form>
      )}
    </div>
  );
}
