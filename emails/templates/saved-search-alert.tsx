import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface SavedSearchAlertProps {
  label: string;
  searchUrl: string;
  manageUrl: string;
  postings: { title: string; employerName: string; cities: string[]; pay: string; url: string }[];
}

/** New postings for a saved search since the last alert. */
export function savedSearchAlertMail(props: SavedSearchAlertProps, locale: MailLocale): RenderedMail {
  const en = locale === "en";
  const heading = en
    ? `${props.postings.length} new posting(s) for “${props.label}”`
    : `“${props.label}”有 ${props.postings.length} 个新岗位`;
  return renderMail({
    locale,
    subject: heading,
    footer: en
      ? `You saved this search on jiuye. Change or stop its alerts: ${props.manageUrl}`
      : `您在本平台保存了此搜索。修改或停止提醒：${props.manageUrl}`,
    body: (
      <>
        <p>
          <strong>{heading}</strong>
        </p>
        <ul>
          {props.postings.map((p) => (
            <li key={p.url}>
              <a href={p.url}>{p.title}</a> · {p.employerName} · {p.cities.join("、")} · {p.pay}
            </li>
          ))}
        </ul>
        <p>
          <a href={props.searchUrl} style={buttonStyle}>
            {en ? "See all results" : "查看全部结果"}
          </a>
        </p>
      </>
    ),
    text: `${heading}\n\n${props.postings.map((p) => `- ${p.title} · ${p.employerName} · ${p.cities.join("、")} · ${p.pay}\n  ${p.url}`).join("\n")}\n\n${props.searchUrl}`,
  });
}
