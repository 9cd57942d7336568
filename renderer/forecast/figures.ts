import { computeForecast, type Forecast } from '../../shared/forecast/engine';
import { numberFormat } from '../../shared/format';
import { toMajor } from '../../shared/money';
import type { Project } from '../../shared/project/schema';

/**
 * What the forecast's result tables share: the forecast of a project computed once (every table
 * and the grid read the same object), and amounts written in a scale that fits a table of a
 * dozen columns ("in millions of HUF"), rounded so that the rows still add up to the totals shown.
 */

const forecasts = new WeakMap<Project, Forecast>();

/** The project's forecast. A project is never changed in place, so one computation serves every reader. */
export function forecastOf(project: Project): Forecast {
  let forecast = forecasts.get(project);
  if (!forecast) {
    forecast = computeForecast(project);
    forecasts.set(project, forecast);
  }
  return forecast;
}

export type Scale = 'one' | 'thousand' | 'million';
const DIVISOR: Record<Scale, number> = { one: 1, thousand: 1e3, million: 1e6 };

/** The scale for a table whose largest amount (minor units) is `largest`: at most six digits before the point. */
export function scaleFor(largest: number, currency: string): Scale {
  const major = Math.abs(toMajor(largest, currency));
  return major < 1e6 ? 'one' : major < 1e9 ? 'thousand' : 'million';
}

/** The scaled figures of a table, with one decimal in thousands and millions, in the locale's form. */
export function scaledFormat(scale: Scale, currency: string, locale: string) {
  const digits = scale === 'one' ? 0 : 1;
  const format = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const step = 10 ** -digits;
  /** An amount (minor units) in the scale's units, rounded to what is shown. */
  const scaled = (minor: number) => Math.round(toMajor(minor, currency) / DIVISOR[scale] / step) * step;
  return {
    scaled,
    text: (value: number) => format.format(Math.abs(value) < step / 2 ? 0 : value),
    /**
     * Parts and their total, rounded so that the parts shown add up to the total shown (largest
     * remainders get the rounding), as an accountant's table does.
     */
    parts(parts: readonly number[], total: number): { parts: number[]; total: number } {
      const exact = parts.map((p) => toMajor(p, currency) / DIVISOR[scale] / step);
      const wanted = Math.round(toMajor(total, currency) / DIVISOR[scale] / step);
      const floors = exact.map(Math.floor);
      let missing = wanted - floors.reduce((a, b) => a + b, 0);
      const order = exact.map((x, i) => ({ i, rest: x - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
      const rounded = [...floors];
      // Each part moves by at most one step, towards its exact value.
      for (let k = 0; missing > 0 && k < order.length; k++, missing--) rounded[order[k]!.i]! += 1;
      for (let k = order.length - 1; missing < 0 && k >= 0; k--, missing++) rounded[order[k]!.i]! -= 1;
      return { parts: rounded.map((r) => r * step), total: wanted * step };
    },
  };
}
