import * as React from "react";
import { formatNumber } from "../../../core";
import { niceMax, separateLabels, textWidth, ticks } from "./chartGeometry";
import type { RateChartProps } from "./RateChart.types";
import { useRateChartStyles } from "./useRateChartStyles.styles";

const W = 320;
const H = 210;
const PAD = { left: 34, right: 8, top: 40, bottom: 46 };
const LABEL_SIZE = 10;
const VALUE_SIZE = 9;
/** Category labels are rotated; closer than this and every other one (or more) is left out. */
const MIN_NAME_GAP = 12;

/**
 * Clustered columns: poverty rate per unit at the start of the year and projected at year end (SVG, no library).
 * Accessible as one image with a title and a description listing every value (decimal commas in Vietnamese).
 * No two labels overlap: value labels are lifted above each other, dropped when the bars are too thin to carry
 * them (the description still has every value), and unit names are thinned out when units are many.
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
  const perBand = hasProjected ? 2 : 1;
  const barW = Math.max(2, (band * 0.8) / perBand);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const pct = (v: number) => formatNumber(v, lang, 2);
  const desc = points
    .map(
      (p) =>
        `${p.name}: ${p.start === null ? "–" : pct(p.start)}%${p.projected === null ? "" : ` → ${pct(p.projected)}%`}`
    )
    .join("; ");
  // Legend: the second entry follows the first, or goes to a second line when both do not fit.
  const legendY = 12;
  const secondX = PAD.left + 11 + textWidth(props.startLabel, LABEL_SIZE) + 14;
  const secondFits = secondX + 11 + textWidth(props.projectedLabel, LABEL_SIZE) <= W;
  const second = secondFits ? { x: secondX, y: legendY } : { x: PAD.left, y: legendY + 13 };

  const bars = points.flatMap((p, i) => {
    const x0 = PAD.left + i * band + (band - barW * perBand) / 2;
    const list = [{ v: p.start, cls: styles.start, x: x0, key: `${i}-s` }];
    if (hasProjected)
      list.push({ v: p.projected, cls: styles.projected, x: x0 + barW, key: `${i}-p` });
    return list.flatMap((b) => (b.v === null ? [] : [{ ...b, v: b.v }]));
  });
  const valueW = Math.max(0, ...bars.map((b) => textWidth(pct(b.v), VALUE_SIZE)));
  // Labels wider than two bars would pile up across units: leave them to the description.
  const showValues = barW * perBand >= valueW;
  const values = showValues
    ? separateLabels(
        bars.map((b) => ({
          x: b.x + barW / 2,
          y: y(b.v) - 2,
          width: valueW,
          key: b.key,
          text: pct(b.v),
        })),
        VALUE_SIZE + 1
      )
    : [];
  const nameStep = Math.max(1, Math.ceil(MIN_NAME_GAP / band));
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
            <rect x={second.x} y={second.y - 8} width={8} height={8} className={styles.projected} />
            <text x={second.x + 11} y={second.y} className={styles.label}>
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
        {bars.map((b) => (
          <rect
            key={b.key}
            x={b.x}
            y={y(b.v)}
            width={barW - 1}
            height={Math.max(0, y(0) - y(b.v))}
            className={b.cls}
          />
        ))}
        {values.map((l) => (
          <text key={l.key} x={l.x} y={l.y} textAnchor="middle" className={styles.value}>
            {l.text}
          </text>
        ))}
        {points.map((p, i) =>
          i % nameStep !== 0 ? null : (
            <text
              key={`${i}-${p.name}`}
              x={PAD.left + i * band + band / 2}
              y={H - PAD.bottom + 10}
              textAnchor="end"
              transform={`rotate(-35 ${PAD.left + i * band + band / 2} ${H - PAD.bottom + 10})`}
              className={styles.label}
            >
              {p.name.length > 14 ? `${p.name.slice(0, 13)}…` : p.name}
            </text>
          )
        )}
      </g>
    </svg>
  );
}
