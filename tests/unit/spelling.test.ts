import { describe, expect, it } from "vitest";
import { allowedDistance, correctQuery, correctWord, spellingVocabulary, typingDistance } from "../../search/spelling";

describe("typing distance", () => {
  it("counts a swap of two neighbouring letters as half an edit", () => {
    expect(typingDistance("jvaa", "Java")).toBe(0.5);
    expect(typingDistance("Pyhton", "python")).toBe(0.5);
    expect(typingDistance("jave", "java")).toBe(1);
    expect(typingDistance("rcat", "react")).toBe(1.5);
    expect(typingDistance("rcat", "rust")).toBe(2);
    expect(typingDistance("java", "JAVA")).toBe(0);
  });

  it("gives up early once every alignment costs more than the limit", () => {
    expect(typingDistance("kubernetes", "go", 1)).toBeGreaterThan(1);
    expect(typingDistance("abcdefgh", "hgfedcba", 1)).toBeGreaterThan(1);
  });

  it("lets longer words move further", () => {
    expect(allowedDistance(2)).toBe(0.5);
    expect(allowedDistance(4)).toBeLessThan(allowedDistance(6));
  });
});

describe("did you mean", () => {
  it("finds the word meant when two letters are swapped in a short technical word", () => {
    expect(correctWord("jvaa")).toBe("Java");
    expect(correctWord("Pyhton")).toBe("Python");
    expect(correctWord("Rcat")).toBe("React");
    expect(correctWord("Vue")).toBeNull(); // known already
    expect(correctWord("Kotiln")).toBe("Kotlin");
    expect(correctWord("Dokcer")).toBe("Docker");
    expect(correctWord("og")).toBe("Go");
    expect(correctWord("Javsacript")).toBe("JavaScript");
  });

  it("leaves known words, numbers-only and far-off words alone", () => {
    expect(correctWord("java")).toBeNull();
    expect(correctWord("MySQL")).toBeNull();
    expect(correctWord("xyzzy")).toBeNull();
    expect(correctWord("ab")).toBeNull();
    expect(correctQuery("2026届")).toBeNull();
  });

  it("corrects each Latin word of a query and keeps the Chinese words and spacing", () => {
    expect(correctQuery("jvaa 后端开发")).toBe("Java 后端开发");
    expect(correctQuery("Pyhton数据分析")).toBe("Python数据分析");
    expect(correctQuery("Rcat 和 Nodejs")).toBe("React 和 Node.js");
    expect(correctQuery("前段工程师")).toBeNull();
    expect(correctQuery("Java.")).toBeNull();
  });

  it("knows the English terms of the synonym list", () => {
    const vocabulary = spellingVocabulary().map((t) => t.toLowerCase());
    expect(vocabulary).toContain("huawei");
    expect(vocabulary).toContain("shanghai");
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    expect(correctWord("Huawie")).toBe("Huawei");
    expect(correctWord("Shagnhai")).toBe("Shanghai");
  });
});
