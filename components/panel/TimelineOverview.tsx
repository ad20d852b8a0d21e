import { overview, type TimelineLayout } from '../../utils/core/timeline';
import { plural } from '../format';

/** Where a point of the overview (0 to 1) sits, in percent of the strip, inset from its ends. */
const x = (at: number) => `${(2 + at * 96).toFixed(2)}%`;

/**
 * The whole timeline on one strip, zoomed: a decade compressed on the left, the week spread out.
 * HTML rather than a scaled SVG, so its labels are the size of the panel's small text at any
 * width; at narrow widths only each era's first and last tick stay labelled.
 */
export function TimelineOverview({ layout }: { layout: TimelineLayout }) {
  const { spans, marks, ticks } = overview(layout);
  const description = `Overview of the timeline. ${layout.eras
    .map((era) => `${era.title}: ${plural(era.groups.reduce((n, g) => n + g.entries.length, 0), 'event')}`)
    .join('; ')}${layout.highlighted ? `. ${layout.highlighted} highlighted as mentioned in this article` : ''}.`;
  const kept = new Set(spans.flatMap((span) => {
    const inside = ticks.map((tick, i) => [tick, i] as const).filter(([tick]) => tick.at >= span.from && tick.at <= span.to);
    return inside.length ? [inside[0]![1], inside.at(-1)![1]] : [];
  }));
  return (
    <div class="tl-overview" role="img" aria-label={description} data-testid="timeline-overview">
      <div class="tl-overview-spans">
        {spans.map((span, i) => (
          <span key={span.kind} class={`tl-span tl-span-${span.kind}${i > 0 ? ' tl-span-break' : ''}`} style={{ left: x(span.from), width: `${((span.to - span.from) * 96).toFixed(2)}%` }}>
            <span class="tl-span-label">
              {span.kind === 'week' ? span.label.replace(/, day by day$/, '') : span.kind === 'lead-up' ? 'Jan' : span.kind === 'after' ? 'after' : span.label}
            </span>
          </span>
        ))}
      </div>
      <div class="tl-overview-line">
        {marks.map((mark) => (
          <span key={mark.eventId} class={`tl-mark tl-mark-${mark.precision}${mark.highlighted ? ' tl-mark-highlighted' : ''}`} style={{ left: x(mark.at) }} />
        ))}
      </div>
      <div class="tl-overview-ticks">
        {ticks.map((tick, i) => (
          <span key={i} class={`tl-tick${kept.has(i) ? ' tl-tick-keep' : ''}`} style={{ left: x(tick.at) }}>
            {shortTick(tick.label)}
          </span>
        ))}
      </div>
    </div>
  );
}

/** Tick labels must fit: "2013" stays, "November 2024" becomes "Nov". */
function shortTick(label: string): string {
  if (/^\d+$/.test(label)) return label;
  return label.slice(0, 3);
}
