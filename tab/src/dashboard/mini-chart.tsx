/**
 * A tiny accessible chart in inline SVG: bars (counts) or a line (rates, days) per month, and the
 * target as dashed level steps. The image has a text alternative naming every month's value.
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatMonth } from '../../../web-shared/format.js';
import { chartGeometry, chartSummary, formatMetric, type KpiUnit } from './kpi-logic.js';
import { useStrings } from '../common/strings-context.js';

const BOX = { width: 300, height: 120, padding: { top: 10, right: 8, bottom: 20, left: 44 } };

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1' },
  bar: { fill: tokens.colorBrandBackground },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: '2' },
  point: { fill: tokens.colorBrandForeground1 },
  target: { fill: 'none', stroke: tokens.colorPaletteRedBorder2, strokeWidth: '2', strokeDasharray: '5 3' },
  label: { fill: tokens.colorNeutralForeground3, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
});

export function MiniChart(props: {
  label: string;
  months: readonly string[];
  values: readonly (number | null)[];
  targets: readonly (number | null)[];
  unit: KpiUnit;
  kind: 'bar' | 'line';
  testId: string;
}) {
  const { lang } = useStrings();
  const styles = useStyles();
  const titleId = useId();
  const descId = useId();
  const geometry = chartGeometry(props.values, props.targets, BOX);
  const { padding, width } = BOX;
  const first = props.months[0];
  const last = props.months.at(-1);
  const axisMax =
    props.unit === 'percent'
      ? formatMetric(geometry.yMax, 'percent', lang)
      : formatMetric(geometry.yMax, 'count', lang);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${width} ${BOX.height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      data-testid={props.testId}
      data-points={geometry.points.length}
      data-has-target={geometry.targetPath ? 'true' : 'false'}
    >
      <title id={titleId}>{props.label}</title>
      <desc id={descId}>{chartSummary(props.months, props.values, props.targets, props.unit, lang)}</desc>
      <g aria-hidden="true">
        <line
          className={styles.axis}
          x1={padding.left}
          x2={width - padding.right}
          y1={geometry.baselineY}
          y2={geometry.baselineY}
        />
        <line className={styles.axis} x1={padding.left} x2={padding.left} y1={padding.top} y2={geometry.baselineY} />
        <text className={styles.label} x={padding.left - 4} y={padding.top + 4} textAnchor="end">
          {axisMax}
        </text>
        <text className={styles.label} x={padding.left - 4} y={geometry.baselineY} textAnchor="end">
          0
        </text>
        {props.kind === 'bar' ? (
          geometry.bars.map((bar) => (
            <rect
              key={bar.index}
              className={styles.bar}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={Math.max(bar.height, 0)}
            />
          ))
        ) : (
          <>
            {geometry.linePath && <path className={styles.line} d={geometry.linePath} />}
            {geometry.points.map((point) => (
              <circle key={point.index} className={styles.point} cx={point.x} cy={point.y} r={2.5} />
            ))}
          </>
        )}
        {geometry.targetPath && (
          <path className={styles.target} d={geometry.targetPath} data-testid={`${props.testId}-target`} />
        )}
        {first && (
          <text className={styles.label} x={geometry.centers[0]} y={BOX.height - 4} textAnchor="start">
            {formatMonth(first, lang)}
          </text>
        )}
        {last && last !== first && (
          <text className={styles.label} x={geometry.centers.at(-1)} y={BOX.height - 4} textAnchor="end">
            {formatMonth(last, lang)}
          </text>
        )}
      </g>
    </svg>
  );
}
