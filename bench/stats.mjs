// Small statistics shared by the benchmark scripts.

/** The median of a list of numbers (the upper one of the middle two for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of the finite numbers among `xs` (a figure a run could not take is left out, not counted as 0), or null. */
export const medianOfMeasured = (xs) => {
  const measured = xs.filter(Number.isFinite);
  return measured.length ? median(measured) : null;
};

/**
 * First renders (timeRender's figures) beside their baselines, paired by index (each pair timed one after the other):
 * the medians of both and the median ratio of each pair, for laid out and painted; the presentation times as medians.
 */
export function summarizeFirstRenders(ours, baselines) {
  const of = (list, key) => medianOfMeasured(list.map((r) => r[key]));
  const ratio = (key) => medianOfMeasured(ours.map((r, i) => r[key] / baselines[i]?.[key]));
  return {
    runs: ours.length,
    rows: ours[0]?.rows ?? 0,
    scriptMs: of(ours, 'scriptMs'),
    laidOutMs: of(ours, 'laidOutMs'),
    paintedMs: of(ours, 'paintedMs'),
    presentedMs: of(ours, 'presentedMs'),
    baselineLaidOutMs: of(baselines, 'laidOutMs'),
    baselinePaintedMs: of(baselines, 'paintedMs'),
    baselinePresentedMs: of(baselines, 'presentedMs'),
    ratio: ratio('laidOutMs'),
    paintedRatio: ratio('paintedMs'),
    painted: ours.map((r) => r.paintedMs),
  };
}
