import * as React from "react";
import { formatNumber } from "../../../core";
import { niceMax, ticks } from "./chartGeometry";
import type { RateChartProps } from "./RateChart.types";
import { useRateChartStyles } from "./useRateChartStyles.styles";

const W = 320;
const H = 200;
const PAD = { left: 34, right: 8, top: 24, bottom: 46 };

/**
 * Clustered columns: poverty rate per unit at the start of the year and projected at year end (SVG, no library).
 * Accessible as one image with a title and a description listing every value (decimal commas in Vietnamese).
 */
export function RateChart(props: RateChartProps): React.ReactElement {
  const { points, lang } = props;
  const styles = useRateChartStyles();
  const id = React.useId();
  const hasProjected = points.some((p) => p.projected !== null);
  const top = niceMax(Math.max(0, ...points.flatMap((p) => [p.start ?? 0, p.projected ?? 0])));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const band = points.length > 0 ? plotW / points.length : plotW;
  const barW = Math.max(2, (band * 0.7) / (hasProjected ? 2 : 1));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const pct = (v: number) => formatNumber(v, lang, 2);
  const desc = points
    .map(
      (p) =>
        `${p.name}: ${p.start === null ? "–" : pct(p.start)}%${p.projected === null ? "" : ` → ${pct(p.projected)}%`}`
    )
    .join("; ");
  const legendY = 12;
  return (
    <svg
      className={styles.root}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g aria-hidden="true">
        <rect x={PAD.left} y={legendY - 8} width={8} height={8} className={styles.start} />
        <text x={PAD.left + 11} y={legendY} className={styles.label}>
          {props.startLabel}
        </text>
        {hasProjected && (
          <>
            <rect
              x={PAD.left + 150}
              y={legendY - 8}
              width={8}
              height={8}
              className={styles.projected}
            />
            <text x={PAD.left + 161} y={legendY} className={styles.label}>
              {props.projectedLabel}
            </text>
          </>
        )}
        {ticks(top).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={styles.grid} />
            <text x={PAD.left - 3} y={y(t) + 3} textAnchor="end" className={styles.label}>
              {formatNumber(t, lang)}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className={styles.axis} />
        {points.map((p, i) => {
          const x0 = PAD.left + i * band + (band - barW * (hasProjected ? 2 : 1)) / 2;
          const bars = [
            { v: p.start, cls: styles.start, x: x0, key: "s" },
            ...(hasProjected
              ? [{ v: p.projected, cls: styles.projected, x: x0 + barW, key: "p" }]
              : []),
          ];
          return (
            <g key={`${i}-${p.name}`}>
              {bars.map((b) =>
                b.v === null ? null : (
                  <g key={b.key}>
                    <rect
                      x={b.x}
                      y={y(b.v)}
                      width={barW - 1}
                      height={Math.max(0, y(0) - y(b.v))}
                      className={b.cls}
                    />
                    <text
                      x={b.x + barW / 2}
                      y={y(b.v) - 2}
                      textAnchor="middle"
                      className={styles.value}
                    >
                      {pct(b.v)}
                    </text>
                  </g>
                )
              )}
              <text
                x={PAD.left + i * band + band / 2}
                y={H - PAD.bottom + 10}
                textAnchor="end"
                transform={`rotate(-35 ${PAD.left + i * band + band / 2} ${H - PAD.bottom + 10})`}
                className={styles.label}
              >
                {p.name.length > 14 ? `${p.name.slice(0, 13)}…` : p.name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
