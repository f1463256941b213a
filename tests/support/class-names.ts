import ts from "typescript";

/** A class name a page writes literally, and where. */
export interface ClassUse {
  file: string;
  line: number;
  name: string;
  /** The start of a name finished at run time (`flag--` of `flag--${severity}`). */
  prefix?: boolean;
}

/** The class selectors a stylesheet defines (`.name` in a rule's selector, never in a declaration). */
export function classSelectorsOf(css: string): Set<string> {
  const names = new Set<string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  // The text before each "{" is a selector list or an at-rule prelude; declarations end with "}" or ";".
  for (const match of withoutComments.matchAll(/([^{};]*)\{/g)) {
    for (const name of match[1]!.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(name[1]!);
  }
  return names;
}

/**
 * The class names written literally in `className` attributes of a TSX module: plain strings,
 * `{"…"}`, both branches of `a ? "…" : "…"`, the right side of `a && "…"`, both sides of `||`/`??`,
 * array items and the fixed parts of a template. A word that a template finishes at run time
 * (`flag--${severity}`) comes back as a prefix; one it starts (`${kind}-note`) and a class passed
 * through a variable or a prop are not seen.
 */
export function classUsesIn(file: string, source: string): ClassUse[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const uses: ClassUse[] = [];
  const add = (node: ts.Node, text: string, gluedBefore = false, gluedAfter = false) => {
    const words = text.split(/\s+/);
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    words.forEach((name, index) => {
      if (!name) return;
      if (gluedBefore && index === 0) return;
      if (gluedAfter && index === words.length - 1) uses.push({ file, line, name, prefix: true });
      else uses.push({ file, line, name });
    });
  };
  const collect = (expression: ts.Expression): void => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      add(expression, expression.text);
    } else if (ts.isTemplateExpression(expression)) {
      add(expression.head, expression.head.text, false, true);
      let before = expression.head.text;
      for (const span of expression.templateSpans) {
        const after = span.literal.text;
        // `flag--${tone === "bad" ? "block" : "warn"}`: the branches are halves of one word.
        const glued = /\S$/.test(before) || /^\S/.test(after);
        if (!glued) collect(span.expression);
        add(span.literal, after, true, ts.isTemplateMiddle(span.literal));
        before = after;
      }
    } else if (ts.isParenthesizedExpression(expression)) {
      collect(expression.expression);
    } else if (ts.isConditionalExpression(expression)) {
      collect(expression.whenTrue);
      collect(expression.whenFalse);
    } else if (ts.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) collect(expression.right);
      if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) {
        collect(expression.left);
        collect(expression.right);
      }
    } else if (ts.isArrayLiteralExpression(expression)) {
      for (const element of expression.elements) collect(element);
    } else if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
      // ["a", cond && "b"].filter(Boolean).join(" ")
      collect(expression.expression.expression);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && node.name.getText(sourceFile) === "className" && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) add(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression) collect(value.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return uses;
}
