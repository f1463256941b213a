/**
 * "← 返回岗位列表" keeps the reader's search and filters: the list links each posting with
 * ?back=<its own query>, and the posting page rebuilds /jobs?<query> from it. Re-serialising
 * through URLSearchParams keeps the result a query string on /jobs (never another address).
 */
export function postingHref(postingId: string, listSearch: string): string {
  const query = new URLSearchParams(listSearch);
  query.delete("back");
  const back = query.toString();
  return back ? `/jobs/${postingId}?${new URLSearchParams({ back })}` : `/jobs/${postingId}`;
}

export function backToListHref(postingSearch: string): string {
  const back = new URLSearchParams(postingSearch).get("back");
  if (!back) return "/jobs";
  const query = new URLSearchParams(back).toString();
  return query ? `/jobs?${query}` : "/jobs";
}
