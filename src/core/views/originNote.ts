/** How the views name where the data shown came from. */
import type { Provenance } from '../boards/leaderboard';
import { t } from '../../shared/l10n';

/** `Offline snapshot shipped with the extension`, `Live data, retrieved 2026-11-29 08:00 UTC`, … */
export function originNote(p: Provenance): string {
  const when = p.retrievedAt ? t(' (retrieved {0} UTC)', p.retrievedAt.slice(0, 16).replace('T', ' ')) : '';
  switch (p.origin) {
    case 'snapshot':
      return t('Offline snapshot shipped with the extension{0}', when);
    case 'cache':
      return t('Last good download{0}', when);
    case 'live':
      return t('Live data{0}', when);
  }
}

/** `Prices: OpenRouter, 2026-08-08` or a note that there are none. */
export function pricesNote(p: Provenance): string {
  return p.pricesDate ? t('Prices and context: OpenRouter, {0} (shown only where the model match is certain)', p.pricesDate) : t('No prices available');
}
