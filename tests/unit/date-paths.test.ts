import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../app/i18n/messages";

/**
 * Every date a reader sees goes through app/time.ts (formatSchoolDate, formatSchoolDateTime,
 * formatSchoolTime, formatSchoolWeekday): one format per language, on Beijing time. Formatting a
 * date another way is how "30/11/2026", "11/30/2026, 2:30 PM" and a UTC résumé time reached pages.
 */
const root = path.resolve(__dirname, "../..");

/** Pages whose owner was converting them at the time this test was written (branch ux4a); remove once converted. */
const PENDING: Record<string, number> = {
  "app/routes/graduate.agreements.tsx": 3,
  "app/routes/graduate.applications.tsx": 2,
};

const OTHER_PATHS: { name: string; pattern: RegExp }[] = [
  { name: "toLocaleDateString/toLocaleTimeString", pattern: /\.toLocale(Date|Time)String\(/g },
  { name: "Intl.DateTimeFormat", pattern: /Intl\.DateTimeFormat/g },
  { name: "a time zone option", pattern: /\btimeZone:/g },
  { name: "the zone named outside app/time.ts", pattern: /["'`]Asia\/Shanghai["'`]/g },
  // Beijing time made by hand instead of schoolDate/schoolInstant/schoolHour (decision 009, "Time").
  { name: "a hand-made UTC+8 offset", pattern: /\+08:00|(?<![\d.])8 \* (?:3600|HOUR|60 \* 60)/g },
  // The UTC day or year taken for the school's: from 00:00 to 08:00 in Beijing it is the day before
  // (schoolDate(instant), schoolYear(instant) instead).
  { name: "a UTC date taken for the school's", pattern: /toISOString\(\)\.(slice|substring|substr)\(0, ?(10|7|4)\)/g },
  { name: "the server's local year, month or day", pattern: /\.get(FullYear|Month|Date)\(\)/g },
  // A calendar date rendered as stored ("2026-06-30") instead of in the reader's format.
  {
    name: "a stored date rendered as it is",
    // JSX text only: not an attribute (`={`), not a template literal (`${`).
    pattern:
      /(?<![$=])[{]\s*[\w?.]+\.(deadline|startsOn|endsOn|startDate|appliedOn|decidedOn|talkDate|opensOn|closesOn)\s*[}]/g,
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe("dates on pages and in mail", () => {
  it("are formatted only through app/time.ts", () => {
    const allowed = new Set(["app/time.ts", "app/interviews/ical.ts"]);
    const found: string[] = [];
    const pending: Record<string, number> = {};
    for (const file of [...sourceFiles("app"), ...sourceFiles("emails"), ...sourceFiles("search")]) {
      if (allowed.has(file)) continue;
      const text = readFileSync(path.join(root, file), "utf8")
        // Comments may name the zone; blanked out line for line, so the line numbers stay right.
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
        .replace(/^\s*\/\/.*$/gm, "");
      for (const { name, pattern } of OTHER_PATHS) {
        for (const match of text.matchAll(pattern)) {
          if (file in PENDING) {
            pending[file] = (pending[file] ?? 0) + 1;
            continue;
          }
          const line = text.slice(0, match.index).split("\n").length;
          found.push(`${file}:${line}: ${name} (${match[0]})`);
        }
      }
    }
    expect(found).toEqual([]);
    for (const [file, count] of Object.entries(pending)) expect(count, file).toBeLessThanOrEqual(PENDING[file]!);
  });

  // Seeds write the demo's deadlines and interview times: a hand-made offset or a UTC day there puts
  // them a day off between 00:00 and 08:00 in Beijing (conventions-phase-2.md, section 5).
  it("in seeds, are taken on the school's clock through app/time.ts", () => {
    const clock = OTHER_PATHS.filter(({ name }) => /zone named|UTC\+8|UTC date|local year/.test(name));
    const found = sourceFiles("seed").flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8").replace(/^\s*(\/\/|\*).*$/gm, "");
      return clock.flatMap(({ name, pattern }) => [...text.matchAll(pattern)].map(() => `${file}: ${name}`));
    });
    expect(clock).toHaveLength(4);
    expect(found).toEqual([]);
  });

  it("in a message, are written in the reader's format when the param says it is a date", () => {
    const params = { title: "Java后端开发工程师", deadline: { date: "2026-12-30" } };
    expect(translate("en", "todo.employer.postingExpiring", params)).toBe(
      "Closing soon: Java后端开发工程师 (30 Dec 2026)",
    );
    expect(translate("zh-CN", "todo.employer.postingExpiring", params)).toBe(
      "即将截止：Java后端开发工程师（2026年12月30日）",
    );
    expect(translate("en", "todo.daysWaiting", { days: 1 })).toBe("waiting 1 day");
  });
});
