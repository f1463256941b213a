/**
 * Labels of a posting's programme (grassroots service, enlistment), for the posting form, the
 * search page's filters and the API. Pure: pages import it, and so does search/query.ts.
 */
export function programmeLabel(programme: string): { zh: string; en: string } {
  if (programme === "enlistment") return { zh: "参军入伍", en: "Military enlistment" };
  const grassroots = /^grassroots_(.+)$/.exec(programme);
  if (grassroots) return { zh: `基层项目：${grassroots[1]}`, en: `Grassroots programme: ${grassroots[1]}` };
  return { zh: programme, en: programme };
}
