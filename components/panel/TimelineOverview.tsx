import { overview, type TimelineLayout } from '../../utils/core/timeline';
import { plural } from '../format';

const WIDTH = 300;
const HEIGHT = 58;
const PAD = 8;
const LINE = 30;

/** The whole timeline on one strip, zoomed: a decade compressed on the left, the week spread out. */
export function TimelineOverview({ layout }: { layout: TimelineLayout }) {
  const { spans, marks, ticks } = overview(layout);
  const x = (at: number) => PAD + at * (WIDTH - 2 * PAD);
  const description = `Overview of the timeline. ${layout.eras
    .map((era) => `${era.title}: ${plural(era.groups.reduce((n, g) => n + g.entries.length, 0), 'event')}`)
    .join('; ')}${layout.highlighted ? `. ${layout.highlighted} highlighted as mentioned in this article` : ''}.`;
  return (
    <svg class="tl-overview" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} data-testid="timeline-overview">
      <title>{description}</title>
      {spans.map((span, i) => (
        <g key={span.kind} class={`tl-span tl-span-${span.kind}`}>
          <rect x={x(span.from) + 1} y={LINE - 9} width={Math.max(0, x(span.to) - x(span.from) - 2)} height={18} rx={4} class="tl-span-band" />
          <text x={(x(span.from) + x(span.to)) / 2} y={10} class="tl-span-label" text-anchor="middle">
            {span.kind === 'week' ? span.label.replace(/, day by day$/, '') : span.kind === 'lead-up' ? 'Jan' : span.kind === 'after' ? 'after' : span.label}
          </text>
          {/* A break between eras: the scale changes here. */}
          {i > 0 ? <path d={`M${x(span.from) - 2} ${LINE + 11} l3 -5 l-3 -5 l3 -5 l-3 -5 l3 -5`} class="tl-break" /> : null}
        </g>
      ))}
      <line x1={PAD} x2={WIDTH - PAD} y1={LINE} y2={LINE} class="tl-overview-line" />
      {ticks.map((tick, i) => (
        <text key={i} x={x(tick.at)} y={HEIGHT - 4} class="tl-tick" text-anchor="middle">
          {shortTick(tick.label)}
        </text>
      ))}
      {marks.map((mark) =>
        mark.precision === 'day' ? (
          <circle key={mark.eventId} cx={x(mark.at)} cy={LINE} r={mark.highlighted ? 4 : 3} class={`tl-mark${mark.highlighted ? ' tl-mark-highlighted' : ''}`} />
        ) : (
          <rect
            key={mark.eventId}
            x={x(mark.at) - (mark.precision === 'year' ? 6 : 3.5)}
            y={LINE - 3}
            width={mark.precision === 'year' ? 12 : 7}
            height={6}
            rx={3}
            class={`tl-mark${mark.highlighted ? ' tl-mark-highlighted' : ''}`}
          />
        ),
      )}
    </svg>
  );
}

/** Tick labels must fit: "2013" stays, "November 2024" becomes "Nov". */
function shortTick(label: string): string {
  if (/^\d+$/.test(label)) return label;
  return label.slice(0, 3);
}
