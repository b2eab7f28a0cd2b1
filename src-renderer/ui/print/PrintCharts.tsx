import { Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import classes from './print.module.css';

/**
 * Charts for paper: SVG (vector: sharp at any printer resolution), a fixed size that fits the A4
 * text width, no animation (a print or a screenshot must never catch a bar half-grown), black text,
 * the value written on each bar so the chart still reads in grey-scale.
 */
const AXIS = { fontSize: 11, fill: '#000' };
const BAR = '#2f5d9b';
const LINE = '#c2410c';
export const PRINT_CHART_WIDTH = 640;

export interface BarDatum {
  label: string;
  value: number;
}

export function PrintBarChart({
  data,
  caption,
  height = 220,
  width = PRINT_CHART_WIDTH,
}: {
  data: readonly BarDatum[];
  caption: string;
  height?: number;
  width?: number;
}) {
  return (
    <figure className={classes.chart} aria-label={caption}>
      <BarChart width={width} height={height} data={data as BarDatum[]} margin={{ top: 18, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#d0d4da" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} interval={0} tickLine={false} />
        <YAxis tick={AXIS} allowDecimals={false} width={44} />
        <Bar dataKey="value" fill={BAR} isAnimationActive={false} maxBarSize={48}>
          <LabelList dataKey="value" position="top" style={AXIS} />
        </Bar>
      </BarChart>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

export interface ParetoDatum {
  rank: string;
  benefitWan: number;
  cumulativePercent: number;
}

/** Bars: each customer's benefit (left axis); line: the cumulative share (right axis, 0–100 %); the key share marked. */
export function PrintParetoChart({
  data,
  keySharePercent,
  caption,
  benefitLabel,
  cumulativeLabel,
}: {
  data: readonly ParetoDatum[];
  keySharePercent: number;
  caption: string;
  benefitLabel: string;
  cumulativeLabel: string;
}) {
  return (
    <figure className={classes.chart} aria-label={caption}>
      <ComposedChart width={PRINT_CHART_WIDTH} height={260} data={data as ParetoDatum[]} margin={{ top: 12, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#d0d4da" vertical={false} />
        <XAxis dataKey="rank" tick={AXIS} interval={0} tickLine={false} />
        <YAxis yAxisId="left" tick={AXIS} width={56} label={{ value: benefitLabel, angle: -90, position: 'insideLeft', style: AXIS }} />
        <YAxis
          yAxisId="right"
          orientation="right"
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          tick={AXIS}
          width={40}
          label={{ value: cumulativeLabel, angle: 90, position: 'insideRight', style: AXIS }}
        />
        <Bar yAxisId="left" dataKey="benefitWan" fill={BAR} isAnimationActive={false} maxBarSize={28} />
        <Line yAxisId="right" dataKey="cumulativePercent" stroke={LINE} strokeWidth={2} dot={false} isAnimationActive={false} type="linear" />
        <ReferenceLine
          yAxisId="right"
          y={keySharePercent}
          stroke="#b91c1c"
          strokeDasharray="4 3"
          label={{ value: `${keySharePercent}%`, position: 'insideTopRight', style: AXIS }}
        />
      </ComposedChart>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
