// The baseline both webview benches time beside the sidebar's first render: a plain table as the first content of a
// fresh document of the same page, at the moment the sidebar's board state would arrive. This VM's speed changes by
// up to 2× between phases of one run, and a ratio to it holds better than milliseconds. It runs in the page (passed
// as source), so it uses nothing from its module.

/** Builds and lays out a plain, unstyled 40 × 10 table over the page; returns the ms taken and the table. */
export function plainTable() {
  const t0 = performance.now();
  const table = document.createElement('table');
  table.style.cssText = 'position:absolute;top:0;left:0';
  for (let i = 0; i < 40; i++) {
    const tr = table.insertRow();
    for (let j = 0; j < 10; j++) tr.insertCell().textContent = `cell ${i} ${j}`;
  }
  document.body.append(table);
  table.getBoundingClientRect();
  return { ms: performance.now() - t0, table };
}
