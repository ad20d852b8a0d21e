// @vitest-environment happy-dom
/**
 * The value axis is drawn from an imported dataset's values: whatever finite values a file holds,
 * the axis must be drawn, with a bounded number of ticks and every coordinate a number (issue 10,
 * finding 2: 0.3 beside 0.30000000000000004, or 1e17 beside 1e17 + 16, looped for ever).
 */
import fc from 'fast-check';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { niceTicks, ValueAxis, type AxisItem } from '../../components/ValueAxis';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

/** Draws the axis and returns every coordinate it wrote, and its ticks' labels. */
function draw(items: AxisItem[], whole = false) {
  render(<ValueAxis items={items} description="test" whole={whole} />, root);
  const numbers = [...root.querySelectorAll('circle, line, text')].flatMap((el) =>
    ['cx', 'x', 'x1', 'x2'].flatMap((name) => (el.hasAttribute(name) ? [Number(el.getAttribute(name))] : [])),
  );
  const paths = [...root.querySelectorAll('path')].map((el) => el.getAttribute('d') ?? '');
  return { numbers, paths, ticks: [...root.querySelectorAll('.cc-axis-tick')].map((el) => el.textContent) };
}

const point = (value: number, label = String(value)): AxisItem => ({ label, value, interval: { low: value, high: value } });

describe('the value axis on any finite values', () => {
  it.each([
    ['0.3 and 0.30000000000000004', [0.3, 0.30000000000000004]],
    ['1e17 and 1e17 + 16', [1e17, 1e17 + 16]],
    ['-1e308 and 1e308', [-1e308, 1e308]],
    ['the largest double alone', [Number.MAX_VALUE]],
    ['a negative value alone', [-5]],
    ['zero alone', [0]],
    ['the smallest doubles', [5e-324, 1e-323]],
    ['a billion and a billion and a bit', [1e9, 1e9 + 1e-6]],
  ])('draws %s', (_name, values) => {
    for (const whole of [false, true]) {
      const { numbers, paths, ticks } = draw(values.map((v) => point(v)), whole);
      expect(numbers.every(Number.isFinite)).toBe(true);
      expect(paths.every((d) => !d.includes('NaN') && !d.includes('Infinity'))).toBe(true);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(12);
    }
  });

  it('draws every generated set of values and intervals', () => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.3, 0.30000000000000004, 1e17, 1e17 + 16, -0, 1e308, -1e308));
    const item = fc.record({ value, low: fc.option(value), high: fc.option(value) }).map(({ value, low, high }) => ({
      label: 'x',
      value,
      interval: { low: low === null ? null : Math.min(low, value), high: high === null ? null : Math.max(high, value) },
    }));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.boolean(), (items, whole) => {
        const { numbers, paths, ticks } = draw(items, whole);
        expect(numbers.every(Number.isFinite)).toBe(true);
        expect(paths.every((d) => !d.includes('NaN') && !d.includes('Infinity'))).toBe(true);
        expect(ticks.length).toBeLessThanOrEqual(12);
      }),
      { numRuns: 500 },
    );
  });

  it('computes ticks for any two finite bounds', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (a, b, whole) => {
        const ticks = niceTicks(Math.min(a, b), Math.max(a, b), 3, whole);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(12);
        expect(ticks.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
