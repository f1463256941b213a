import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { translate } from "../app/i18n/messages";

export type MailLocale = "zh-CN" | "en";

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * The frame every mail shares. Inline styles only: mail clients drop <style> blocks and
 * external sheets. The footer says why the reader got the mail.
 */
function MailFrame(props: { locale: MailLocale; title: string; footer: string; children: ReactNode }) {
  return (
    <html lang={props.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
      </head>
      <body
        style={{
          margin: 0,
          padding: 0,
          background: "#f4f5f7",
          fontFamily: "'PingFang SC','Microsoft YaHei',Arial,sans-serif",
        }}
      >
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ background: "#f4f5f7" }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: "24px 12px" }}>
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{ maxWidth: 600, background: "#ffffff", borderRadius: 8 }}
                >
                  <tbody>
                    <tr>
                      <td
                        style={{
                          padding: "20px 24px",
                          borderBottom: "3px solid #9b1c1c",
                          color: "#9b1c1c",
                          fontSize: 20,
                          fontWeight: 700,
                        }}
                      >
                        {translate(props.locale, "mail.brand")}
                      </td>
                    </tr>
                    <tr>
                      <td style={{ padding: 24, color: "#1f2933", fontSize: 16, lineHeight: 1.6 }}>{props.children}</td>
                    </tr>
                    <tr>
                      <td
                        style={{ padding: "16px 24px", color: "#52606d", fontSize: 13, borderTop: "1px solid #e4e7eb" }}
                      >
                        {props.footer}
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

export function renderMail(options: {
  locale: MailLocale;
  subject: string;
  footer: string;
  body: ReactNode;
  text: string;
}): RenderedMail {
  const html =
    "<!DOCTYPE html>" +
    renderToStaticMarkup(
      <MailFrame locale={options.locale} title={options.subject} footer={options.footer}>
        {options.body}
      </MailFrame>,
    );
  return { subject: options.subject, html, text: `${options.text.trim()}\n\n--\n${options.footer}\n` };
}

export const buttonStyle = {
  display: "inline-block",
  padding: "10px 18px",
  background: "#9b1c1c",
  color: "#ffffff",
  borderRadius: 6,
  textDecoration: "none",
  fontWeight: 600,
} as const;
