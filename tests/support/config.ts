/** The PostgreSQL server tests use; they create and drop their own databases on it. */
export const TEST_ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/**
 * Names carry the PID of the vitest process that made them, so concurrent runs on one server
 * (two developers, a helper and CI) never drop each other's databases.
 */
export const templateDatabase = (runPid: number) => `jiuye_tpl_${runPid}`;
export const databasePrefix = (runPid: number) => `jiuye_t_${runPid}_`;

export function databaseUrl(name: string): string {
  const url = new URL(TEST_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
