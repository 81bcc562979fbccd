/** How the views name where the data shown came from. */
import type { Provenance } from '../boards/leaderboard';

/** `Offline snapshot shipped with the extension`, `Live data, retrieved 2026-11-29 08:00 UTC`, … */
export function originNote(p: Provenance): string {
  const when = p.retrievedAt ? ` (retrieved ${p.retrievedAt.slice(0, 16).replace('T', ' ')} UTC)` : '';
  switch (p.origin) {
    case 'snapshot':
      return `Offline snapshot shipped with the extension${when}`;
    case 'cache':
      return `Last good download${when}`;
    case 'live':
      return `Live data${when}`;
  }
}

/** `Prices: OpenRouter, 2026-08-08` or a note that there are none. */
export function pricesNote(p: Provenance): string {
  return p.pricesDate ? `Prices and context: OpenRouter, ${p.pricesDate} (shown only where the model match is certain)` : 'No prices available';
}
