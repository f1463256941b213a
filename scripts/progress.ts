/** A one-line progress bar on stderr (plain lines when stderr is not a terminal, as in CI logs). */
export function progressBar(label: string) {
  const started = Date.now();
  let lastPrinted = 0;
  return (done: number, total: number | null) => {
    const now = Date.now();
    const finished = total !== null && done >= total;
    if (!finished && now - lastPrinted < (process.stderr.isTTY ? 100 : 2000)) return;
    lastPrinted = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const width = 30;
    const ratio = total ? Math.min(1, done / total) : 0;
    const bar = total
      ? `[${"#".repeat(Math.round(ratio * width)).padEnd(width, "-")}] ${(ratio * 100).toFixed(0).padStart(3)}% `
      : "";
    const line = `${label} ${bar}${done}${total ? `/${total}` : ""} (${rate.toFixed(0)}/s)`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${finished ? "\n" : ""}`);
    else process.stderr.write(`${line}\n`);
  };
}
