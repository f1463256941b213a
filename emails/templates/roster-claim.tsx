import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface RosterClaimProps {
  name: string;
  schoolName: string;
  /** Opened while signed in to the account that asked, it links that account to this roster entry. */
  confirmUrl: string;
  hours: number;
}

/** Sent to the roster e-mail on file when an account asks to be linked to that graduate. */
export function rosterClaimMail(props: RosterClaimProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      subject: "Confirm: link an account to your graduate record",
      footer: "If you did not ask for this, ignore this mail: nothing is linked without the button.",
      body: (
        <>
          <p>Dear {props.name},</p>
          <p>
            An account on jiuye asked to be linked to your record in the {props.schoolName} graduate roster. If it was
            you, open the link below while signed in to that account, within {props.hours} hours.
          </p>
          <p>
            <a href={props.confirmUrl} style={buttonStyle}>
              Confirm the link
            </a>
          </p>
        </>
      ),
      text: `Dear ${props.name},\n\nAn account on jiuye asked to be linked to your record in the ${props.schoolName} graduate roster. If it was you, open this link while signed in to that account, within ${props.hours} hours:\n${props.confirmUrl}\n\nIf it was not you, ignore this mail.`,
    });
  }
  return renderMail({
    locale,
    subject: "请确认：将账户关联到您的毕业生名册记录",
    footer: "如非本人操作，请忽略本邮件：不点击按钮，任何账户都不会被关联。",
    body: (
      <>
        <p>{props.name}，您好：</p>
        <p>
          有“就业”平台账户申请关联您在{props.schoolName}毕业生名册中的记录。如是您本人，请在 {props.hours}{" "}
          小时内登录该账户后打开下面的链接。
        </p>
        <p>
          <a href={props.confirmUrl} style={buttonStyle}>
            确认关联
          </a>
        </p>
      </>
    ),
    text: `${props.name}，您好：\n\n有“就业”平台账户申请关联您在${props.schoolName}毕业生名册中的记录。如是您本人，请在 ${props.hours} 小时内登录该账户后打开此链接：\n${props.confirmUrl}\n\n如非本人操作，请忽略本邮件。`,
  });
}

export interface RosterLinkedProps {
  name: string;
  schoolName: string;
  /** Masked, e.g. "zh***@qq.com": enough to recognise one's own, useless to anyone else. */
  accountEmail: string;
  how: "mail" | "staff";
}

/** Sent to the roster e-mail on file once an account is linked: the graduate can dispute it. */
export function rosterLinkedMail(props: RosterLinkedProps, locale: MailLocale): RenderedMail {
  if (locale === "en") {
    const how = props.how === "mail" ? "through the confirmation link sent to this address" : "by career staff";
    return renderMail({
      locale,
      subject: "An account was linked to your graduate record",
      footer: "You receive this because this address is on the school's graduate roster.",
      body: (
        <>
          <p>Dear {props.name},</p>
          <p>
            The account {props.accountEmail} was linked to your record in the {props.schoolName} graduate roster, {how}.
          </p>
          <p>If this was not you, contact the career centre at once: staff can undo the link.</p>
        </>
      ),
      text: `Dear ${props.name},\n\nThe account ${props.accountEmail} was linked to your record in the ${props.schoolName} graduate roster, ${how}.\n\nIf this was not you, contact the career centre at once: staff can undo the link.`,
    });
  }
  const how = props.how === "mail" ? "通过发送到本邮箱的确认链接" : "由就业指导老师核实后";
  return renderMail({
    locale,
    subject: "您的毕业生名册记录已关联账户",
    footer: "您收到此邮件是因为本邮箱登记在学校毕业生名册中。",
    body: (
      <>
        <p>{props.name}，您好：</p>
        <p>
          账户 {props.accountEmail} 已{how}关联到您在{props.schoolName}毕业生名册中的记录。
        </p>
        <p>如非本人操作，请立即联系就业指导中心：老师可以解除关联。</p>
      </>
    ),
    text: `${props.name}，您好：\n\n账户 ${props.accountEmail} 已${how}关联到您在${props.schoolName}毕业生名册中的记录。\n\n如非本人操作，请立即联系就业指导中心：老师可以解除关联。`,
  });
}
