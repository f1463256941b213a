import { useId } from "react";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * Horizontal bars, one per item, rendered on the server as SVG. Carries a title and a
 * description for screen readers; the page shows the same numbers in a table beside it.
 * Rates by default (0–1, labelled as percentages); `counts` draws whole numbers against the
 * largest bar (fair and season reports).
 */
export function BarChart({
  title,
  desc,
  bars,
  counts = false,
}: {
  title: string;
  desc: string;
  bars: { label: string; value: number; note?: string }[];
  counts?: boolean;
}) {
  const id = useId();
  const max = counts ? Math.max(1, ...bars.map((bar) => bar.value)) : 1;
  const share = (value: number) => Math.max(0, Math.min(1, value / max));
  const label = (value: number) => (counts ? String(value) : percent(value));
  const tickLabel = (tick: number) => (counts ? String(Math.round(tick * max)) : `${tick * 100}%`);
  const rowHeight = 26;
  const labelWidth = 190;
  const chartWidth = 360;
  const height = bars.length * rowHeight + 24;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${labelWidth + chartWidth + 70} ${height}`}
      width="100%"
      className="chart"
      data-testid="bar-chart"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line
            x1={labelWidth + tick * chartWidth}
            x2={labelWidth + tick * chartWidth}
            y1={0}
            y2={height - 20}
            stroke="#ddd"
          />
          <text x={labelWidth + tick * chartWidth} y={height - 6} fontSize="11" textAnchor="middle" fill="#555">
            {tickLabel(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => (
        <g key={bar.label + i}>
          <text x={labelWidth - 8} y={i * rowHeight + 17} fontSize="12" textAnchor="end" fill="#222">
            {bar.label}
          </text>
          <rect
            x={labelWidth}
            y={i * rowHeight + 5}
            width={share(bar.value) * chartWidth}
            height={rowHeight - 10}
            fill="#1f6feb"
          />
          <text x={labelWidth + share(bar.value) * chartWidth + 4} y={i * rowHeight + 17} fontSize="11" fill="#222">
            {label(bar.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/**
 * A report's section that is one chart of counts (a fair's funnel, a talk's turnout, a season): its
 * heading names the chart, and the chart carries the same title for screen readers.
 */
export function CountChartSection({
  id,
  title,
  desc,
  bars,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: string;
  desc: string;
  bars: { label: string; value: number; note?: string }[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <BarChart counts title={title} desc={desc} bars={bars} />
    </section>
  );
}

/** A line of rates over time (weekly snapshots), with points and the first and last week labelled. */
export function TrendChart({
  title,
  desc,
  points,
}: {
  title: string;
  desc: string;
  points: { label: string; value: number }[];
}) {
  const id = useId();
  const width = 560;
  const height = 200;
  const pad = { left: 40, right: 16, top: 12, bottom: 28 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => pad.top + (1 - Math.max(0, Math.min(1, v))) * innerH;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      className="chart"
      data-testid="trend-chart"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#eee" />
          <text x={pad.left - 6} y={y(tick) + 4} fontSize="10" textAnchor="end" fill="#555">
            {tick * 100}%
          </text>
        </g>
      ))}
      {points.length > 1 ? <path d={path} fill="none" stroke="#1f6feb" strokeWidth="2" /> : null}
      {points.map((p, i) => (
        <circle key={p.label} cx={x(i)} cy={y(p.value)} r="3" fill="#1f6feb">
          <title>{`${p.label}: ${percent(p.value)}`}</title>
        </circle>
      ))}
      {points.length > 0 ? (
        <>
          <text x={x(0)} y={height - 8} fontSize="10" textAnchor="start" fill="#555">
            {points[0]!.label}
          </text>
          {points.length > 1 ? (
            <text x={x(points.length - 1)} y={height - 8} fontSize="10" textAnchor="end" fill="#555">
              {points[points.length - 1]!.label}
            </text>
          ) : null}
        </>
      ) : null}
    </svg>
  );
}
