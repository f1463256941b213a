import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface PostingStillOpenProps {
  postingTitle: string;
  publishedOn: string;
  url: string;
}

/** Asked of employers whose posting has been live for 30 days, so graduates do not apply to filled jobs. */
export function postingStillOpenMail(props: PostingStillOpenProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    const body = `Your posting "${props.postingTitle}" has been online since ${props.publishedOn}. Is it still open? Please confirm, or close it if the position is filled. Unconfirmed postings are marked as such to graduates.`;
    return renderMail({
      locale,
      subject: `Still hiring? ${props.postingTitle}`,
      footer: "You receive this because your organisation published this posting.",
      body: (
        <>
          <p>{body}</p>
          <p>
            <a href={props.url} style={buttonStyle}>
              Confirm or close
            </a>
          </p>
        </>
      ),
      text: `${body}\n\nConfirm or close: ${props.url}`,
    });
  }
  const body = `贵单位的岗位“${props.postingTitle}”自 ${props.publishedOn} 发布至今已满 30 天。该岗位是否仍在招聘？请确认；如已招满，请结束招聘。未确认的岗位将向毕业生标注“待确认”。`;
  return renderMail({
    locale,
    subject: `岗位是否仍在招聘：${props.postingTitle}`,
    footer: "您收到此邮件是因为贵单位发布了该岗位。",
    body: (
      <>
        <p>{body}</p>
        <p>
          <a href={props.url} style={buttonStyle}>
            确认或结束招聘
          </a>
        </p>
      </>
    ),
    text: `${body}\n\n确认或结束招聘：${props.url}`,
  });
}
