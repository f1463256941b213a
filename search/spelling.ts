/**
 * "Did you mean": a search that finds nothing is corrected against a vocabulary of the technical
 * words graduates type (languages, frameworks, tools) and the English terms of the synonym list.
 *
 * Why not Meilisearch's own typo tolerance alone: it counts a typo only from five letters
 * (`minWordSizeForTypos.oneTypo`, kept in ./settings.ts so that "java" does not match "jave" in
 * every search), so "jvaa" or "Rcat" find nothing. Lowering that limit would loosen every
 * four-letter word of every search; correcting only a search that found nothing, against known
 * words, costs nothing when the search succeeds and cannot drown good results in near misses.
 *
 * Distance: optimal string alignment (Damerau–Levenshtein without editing a letter twice), where
 * inserting, deleting or replacing a letter costs 1 and swapping two adjacent letters costs ½:
 * a swap is the commonest slip of fast typing ("jvaa", "Pyhton") and, unlike a replaced letter,
 * keeps every letter the graduate meant. A word may move by at most {@link allowedDistance}.
 *
 * Pure, no I/O: the server calls it and runs the corrected search (app/postings/search.server.ts).
 */
import { SYNONYM_GROUPS } from "./synonyms";

/** Technical words as they are written, the most searched first (ties go to the earlier word). */
export const TECHNICAL_TERMS = [
  "Java",
  "Python",
  "JavaScript",
  "TypeScript",
  "React",
  "Vue",
  "Angular",
  "Node.js",
  "Go",
  "Golang",
  "C++",
  "C#",
  ".NET",
  "PHP",
  "Rust",
  "Kotlin",
  "Swift",
  "Scala",
  "Ruby",
  "Perl",
  "Dart",
  "Flutter",
  "Android",
  "iOS",
  "HarmonyOS",
  "Linux",
  "Unix",
  "Shell",
  "SQL",
  "MySQL",
  "PostgreSQL",
  "Oracle",
  "MongoDB",
  "Redis",
  "Elasticsearch",
  "Kafka",
  "Hadoop",
  "Spark",
  "Flink",
  "Hive",
  "Docker",
  "Kubernetes",
  "Nginx",
  "Spring",
  "Spring Boot",
  "MyBatis",
  "Django",
  "Flask",
  "HTML",
  "CSS",
  "Webpack",
  "Git",
  "TensorFlow",
  "PyTorch",
  "OpenCV",
  "NLP",
  "MATLAB",
  "Simulink",
  "LabVIEW",
  "Verilog",
  "VHDL",
  "FPGA",
  "ARM",
  "STM32",
  "RTOS",
  "PLC",
  "CAD",
  "AutoCAD",
  "SolidWorks",
  "CATIA",
  "ANSYS",
  "Revit",
  "BIM",
  "Excel",
  "Word",
  "PowerPoint",
  "SPSS",
  "Stata",
  "Tableau",
  "Photoshop",
  "Illustrator",
  "Figma",
  "Unity",
  "Unreal",
  "SAP",
  "ERP",
  "Salesforce",
  "Web",
  "Frontend",
  "Backend",
  "DevOps",
  "Embedded",
  "Algorithm",
  "Marketing",
  "Finance",
  "Accounting",
  "Engineer",
  "Intern",
  "Internship",
  "Developer",
  "Designer",
  "Analyst",
  "Manager",
  "Teacher",
  "Sales",
  "English",
  "Japanese",
  "German",
  "French",
] as const;

/** Words with a letter in them, as the corrector reads a query: "Node.js", "C++", "jvaa". */
const WORD = /[A-Za-z](?:[A-Za-z0-9+#]|\.(?=[A-Za-z]))*|\.[A-Za-z]+/g;

/** The vocabulary: the technical terms, then every term of the synonym list written in Latin letters. */
export function spellingVocabulary(): readonly string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (term: string) => {
    const key = term.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(term);
  };
  for (const term of TECHNICAL_TERMS) add(term);
  for (const group of SYNONYM_GROUPS)
    for (const term of group.terms) if (/^[A-Za-z][A-Za-z0-9+#. -]*$/.test(term) && !term.includes(" ")) add(term);
  return out;
}

const VOCABULARY = spellingVocabulary();
const KNOWN = new Set(VOCABULARY.map((term) => term.toLowerCase()));

/** How far a typed word may be from the word it is corrected to, by its length in letters. */
export function allowedDistance(length: number): number {
  if (length <= 2) return 0.5; // only a swap: "og" → "Go"
  if (length === 3) return 1;
  if (length <= 5) return 1.5; // a swap and a slip: "Rcat" → "React"
  return 2;
}

/**
 * Optimal string alignment distance, case-insensitive, with a swap of two adjacent letters
 * costing ½. Stops early (returns a number above `limit`) once every alignment costs more than `limit`.
 */
export function typingDistance(typed: string, term: string, limit = Infinity): number {
  const a = typed.toLowerCase();
  const b = term.toLowerCase();
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return Math.abs(a.length - b.length);
  // Three rows: two back (for swaps), one back, and the current one.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  // A swap reaches back two rows, so only two rows both above the limit prove the rest is too.
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const replace = a[i - 1] === b[j - 1] ? 0 : 1;
      let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        cost = Math.min(cost, before[j - 2]! + 0.5);
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit && previousMin > limit) return Math.min(rowMin, previousMin);
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** The known word a typed word most likely meant, or null when it is known already or nothing is near. */
export function correctWord(word: string, vocabulary: readonly string[] = VOCABULARY): string | null {
  const lower = word.toLowerCase();
  if (vocabulary === VOCABULARY ? KNOWN.has(lower) : vocabulary.some((t) => t.toLowerCase() === lower)) return null;
  const limit = allowedDistance(word.length);
  let best: { term: string; distance: number; sameStart: boolean } | null = null;
  for (const term of vocabulary) {
    const distance = typingDistance(word, term, limit);
    if (distance > limit) continue;
    const sameStart = term[0]?.toLowerCase() === lower[0];
    // Nearest first; between equals, the one that starts as the typed word does, then the earlier term.
    if (!best || distance < best.distance || (distance === best.distance && sameStart && !best.sameStart)) {
      best = { term, distance, sameStart };
    }
  }
  return best?.term ?? null;
}

/**
 * The query with each misspelt word in Latin letters replaced by the known word it most likely
 * meant ("jvaa 后端" → "Java 后端"), or null when no word changes. Chinese words are left alone:
 * a changed character is another word, not a typo.
 */
export function correctQuery(q: string): string | null {
  let changed = false;
  const corrected = q.replace(WORD, (word) => {
    if (word.length > 30) return word;
    const fix = correctWord(word);
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? corrected : null;
}
