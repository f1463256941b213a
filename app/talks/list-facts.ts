type TalkListRow = {
  id: unknown;
  title: unknown;
  employerName: unknown;
  mode: unknown;
  talkDate: unknown;
  slot: unknown;
};

/**
 * What every list of talks shows of one: its title, employer, mode, date and slot. Lists pick these
 * (and add their own columns) rather than pass the row on, so nothing else the row carries reaches
 * the page.
 */
export function talkListFacts<Row extends TalkListRow>(
  row: Row,
): Pick<Row, "id" | "title" | "employerName" | "mode" | "talkDate" | "slot"> {
  return {
    id: row.id,
    title: row.title,
    employerName: row.employerName,
    mode: row.mode,
    talkDate: row.talkDate,
    slot: row.slot,
  };
}
