// Small statistics shared by the benchmark scripts.

/** The median of a list of numbers (the upper one of the middle two for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of the finite numbers among `xs` (a figure a run could not take is left out, not counted as 0), or null. */
export const medianOfMeasured = (xs) => {
  const measured = xs.filter(Number.isFinite);
  return measured.length ? median(measured) : null;
};
