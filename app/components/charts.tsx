import { useId, type ReactNode } from "react";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
const asPercent = (share: number) => `${share * 100}%`;

/**
 * The one accessible image a chart is for screen readers: named by its title and described by its
 * description, both kept in visually-hidden spans so the drawing inside needs no text of its own.
 */
function ChartImage({
  title,
  desc,
  className,
  testId,
  children,
}: {
  title: string;
  desc: string;
  className: string;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div role="img" aria-labelledby={`${id}-t ${id}-d`} className={className} data-testid={testId}>
      <span id={`${id}-t`} className="visually-hidden">
        {title}
      </span>
      <span id={`${id}-d`} className="visually-hidden">
        {desc}
      </span>
      {children}
    </div>
  );
}

/**
 * Horizontal bars, one per item: the labels and values are HTML text, so they keep the page's
 * font size at any width (an SVG scaled by its viewBox shrank them to about 6 px on a phone), and
 * each bar is an SVG whose lengths are percentages, so nothing is scaled. On a phone the label sits
 * above its bar; wider, beside it. The whole is one image for screen readers, named by the title
 * and the description; the page shows the same numbers in a table beside it. Rates by default
 * (0–1, labelled as percentages); `counts` draws whole numbers against the largest bar (fair and
 * season reports).
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
  const max = counts ? Math.max(1, ...bars.map((bar) => bar.value)) : 1;
  const share = (value: number) => Math.max(0, Math.min(1, value / max));
  const label = (value: number) => (counts ? String(value) : percent(value));
  const tickLabel = (tick: number) => (counts ? String(Math.round(tick * max)) : `${tick * 100}%`);
  return (
    <ChartImage title={title} desc={desc} className="chart" testId="bar-chart">
      {bars.map((bar, i) => (
        <div key={bar.label + i} className="bar-chart__row">
          <span className="bar-chart__label">{bar.label}</span>
          <svg className="bar-chart__track" width="100%" height="16" aria-hidden="true">
            {TICKS.map((tick) => (
              <line key={tick} x1={asPercent(tick)} x2={asPercent(tick)} y1="0" y2="100%" stroke="#ddd" />
            ))}
            <rect x="0" y="0" width={asPercent(share(bar.value))} height="100%" fill="#1f6feb" />
          </svg>
          <span className="bar-chart__value">{label(bar.value)}</span>
        </div>
      ))}
      <div className="bar-chart__row bar-chart__row--axis" aria-hidden="true">
        {/* Tick labels in CSS px at percentages of the track: the ends anchored inwards so they stay on it. */}
        <svg className="bar-chart__axis" width="100%" height="18">
          {TICKS.map((tick) => (
            <text
              key={tick}
              x={asPercent(tick)}
              y="14"
              textAnchor={tick === 0 ? "start" : tick === 1 ? "end" : "middle"}
              fill="#555"
            >
              {tickLabel(tick)}
            </text>
          ))}
        </svg>
      </div>
    </ChartImage>
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

/**
 * A line of rates over time (weekly snapshots), with points and the first and last week labelled.
 * Points and grid lines sit at percentages of the plot, the line in a 100 × 100 box stretched to it
 * (preserveAspectRatio none, a stroke that does not scale); the axis labels are text in CSS px beside and below it, so they stay readable on a
 * phone. One image for screen readers, named by the title and the description; the page shows the
 * weeks in a table below it.
 */
export function TrendChart({
  title,
  desc,
  points,
}: {
  title: string;
  desc: string;
  points: { label: string; value: number }[];
}) {
  // Percent of the plot's width and height; a margin at the top and bottom keeps 0 % and 100 % inside.
  const x = (i: number) => (points.length <= 1 ? 50 : (i / (points.length - 1)) * 100);
  const y = (v: number) => 5 + (1 - Math.max(0, Math.min(1, v))) * 90;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(2)},${y(p.value).toFixed(2)}`).join(" ");
  const first = points[0];
  const last = points.length > 1 ? points[points.length - 1] : undefined;
  return (
    <ChartImage title={title} desc={desc} className="chart trend-chart" testId="trend-chart">
      <svg className="trend-chart__ticks" width="100%" height="100%" aria-hidden="true">
        {TICKS.map((tick) => (
          <text key={tick} x="100%" dx="-6" y={`${y(tick)}%`} dy="0.35em" textAnchor="end" fill="#555">
            {`${tick * 100}%`}
          </text>
        ))}
      </svg>
      <svg className="trend-chart__plot" width="100%" height="100%">
        {TICKS.map((tick) => (
          <line key={tick} x1="0" x2="100%" y1={`${y(tick)}%`} y2={`${y(tick)}%`} stroke="#eee" />
        ))}
        {/* Only the line stretches with the plot (a circle in the stretched box would become an ellipse). */}
        {points.length > 1 ? (
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
            <path d={path} fill="none" stroke="#1f6feb" strokeWidth="2" vectorEffect="non-scaling-stroke" />
          </svg>
        ) : null}
        {points.map((p, i) => (
          <circle key={p.label} cx={`${x(i)}%`} cy={`${y(p.value)}%`} r="3" fill="#1f6feb">
            <title>{`${p.label}: ${percent(p.value)}`}</title>
          </circle>
        ))}
      </svg>
      <div className={`trend-chart__weeks${last ? "" : " trend-chart__weeks--one"}`} aria-hidden="true">
        {first ? <span>{first.label}</span> : null}
        {last ? <span>{last.label}</span> : null}
      </div>
    </ChartImage>
  );
}
