import { buttonStyle, renderMail, type MailLocale, type RenderedMail } from "../layout";

export interface AccountWelcomeProps {
  displayName: string;
  role: "graduate" | "employer" | "staff" | "admin";
  signInUrl: string;
  /** Set for accounts an administrator created: the reader did not register themselves. */
  createdByAdmin?: boolean;
}

const roleNames = {
  graduate: { zh: "毕业生", en: "graduate" },
  employer: { zh: "用人单位", en: "employer" },
  staff: { zh: "就业指导教师", en: "career staff" },
  admin: { zh: "管理员", en: "administrator" },
} as const;

export function accountWelcomeMail(props: AccountWelcomeProps, locale: MailLocale): RenderedMail {
  const role = roleNames[props.role];
  if (locale === "en") {
    const intro = props.createdByAdmin
      ? `An administrator created a ${role.en} account for you on jiuye. Ask them for your first password, then change it.`
      : `Your ${role.en} account on jiuye is ready.`;
    return renderMail({
      locale,
      subject: "Welcome to jiuye",
      footer:
        "You receive this because an account was created with this e-mail address. If that was not you, ignore this mail.",
      body: (
        <>
          <p>Dear {props.displayName},</p>
          <p>{intro}</p>
          <p>
            <a href={props.signInUrl} style={buttonStyle}>
              Sign in
            </a>
          </p>
        </>
      ),
      text: `Dear ${props.displayName},\n\n${intro}\n\nSign in: ${props.signInUrl}`,
    });
  }
  const intro = props.createdByAdmin
    ? `管理员已为您在“就业”平台创建${role.zh}账户。请向管理员索取初始密码，登录后及时修改。`
    : `您的${role.zh}账户已开通。`;
  return renderMail({
    locale,
    subject: "欢迎使用就业服务平台",
    footer: "您收到此邮件是因为有人使用此邮箱创建了账户。如非本人操作，请忽略本邮件。",
    body: (
      <>
        <p>{props.displayName}，您好：</p>
        <p>{intro}</p>
        <p>
          <a href={props.signInUrl} style={buttonStyle}>
            登录
          </a>
        </p>
      </>
    ),
    text: `${props.displayName}，您好：\n\n${intro}\n\n登录：${props.signInUrl}`,
  });
}
