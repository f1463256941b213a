/**
 * Recommendations spread over titles and employers: the ranked list is walked in order and an item
 * is held back while its title or its employer already fills `perTitle` / `perEmployer` places; held
 * items fill the list only when nothing else is left. The demo graduate's 20 places were 17 copies of
 * two titles before this (issue 15).
 */
export function diversify<T extends { title: string; employerName: string }>(
  ranked: T[],
  options: { limit: number; perTitle?: number; perEmployer?: number },
): T[] {
  const perTitle = options.perTitle ?? 2;
  const perEmployer = options.perEmployer ?? 2;
  const titles = new Map<string, number>();
  const employersSeen = new Map<string, number>();
  const picked: T[] = [];
  const held: T[] = [];
  for (const item of ranked) {
    if (picked.length >= options.limit) break;
    const title = item.title.trim().toLowerCase();
    if ((titles.get(title) ?? 0) >= perTitle || (employersSeen.get(item.employerName) ?? 0) >= perEmployer) {
      held.push(item);
      continue;
    }
    titles.set(title, (titles.get(title) ?? 0) + 1);
    employersSeen.set(item.employerName, (employersSeen.get(item.employerName) ?? 0) + 1);
    picked.push(item);
  }
  return [...picked, ...held].slice(0, options.limit);
}
