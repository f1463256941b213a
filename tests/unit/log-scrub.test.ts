import { describe, expect, it } from "vitest";
import { describeError, errorSummary, scrub } from "../../app/log.server";

/** What a driver error looks like: postgres.js puts the SQLSTATE on `code`, drizzle wraps it with the query. */
function driverError() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    name: "PostgresError",
    code: "23505",
    constraint_name: "users_email_unique",
    detail: "Key (email)=(li.ming@qq.com) already exists.",
  });
  return Object.assign(
    new Error(
      'Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: li.ming@qq.com,$argon2id$v=19$m=65536$abc',
    ),
    { name: "DrizzleQueryError", cause },
  );
}

describe("errors in the log", () => {
  it("are a database error's code and constraint, nothing of its query, parameters or message", () => {
    const described = describeError(driverError());
    expect(described).toEqual({ name: "DatabaseError", code: "23505", constraint: "users_email_unique" });
    expect(errorSummary(driverError())).toBe("DatabaseError: 23505: users_email_unique");
  });

  it("keep another error's name and a scrubbed message", () => {
    const described = describeError(new Error("mail to zhang.xiaowen@stu.jiangnan-tech.edu.cn failed (13912345678)"));
    expect(described).toMatchObject({ name: "Error", message: "mail to [email] failed ([number])" });
  });

  it("scrub e-mail addresses, phone, ID and student numbers and password hashes from any text", () => {
    const text = scrub(
      "li.ming@qq.com 13912345678 11010519491231002X 2021010001 $argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
    );
    expect(text).toBe("[email] [number] [id] [number] [hash]");
  });
});
