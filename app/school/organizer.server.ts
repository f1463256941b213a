import { getEnv } from "../config/env.server";

/**
 * The organiser named in the school's calendar invitations (fairs, talks): the career centre, at
 * the address the mail comes from (the bare address of a MAIL_FROM like `就业 <jobs@…>`).
 */
export function careerCentreOrganizer(): { name: string; email: string } {
  const from = getEnv().MAIL_FROM;
  return { name: "就业指导中心 Career centre", email: /<([^>]+)>/.exec(from)?.[1] ?? from };
}
