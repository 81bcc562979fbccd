/** How a webview message whose handling failed is told in the log. */
import { describeThrown } from '../core/refresh/refreshFailure';

/** The message's `type` when it has one (the protocol's messages all do). */
function typeOf(raw: unknown): string {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : 'a message';
}

/** e.g. `sidebar: handling "toggleWatch" failed: Error: …` followed by the stack, for an Error. */
export function messageFailureText(view: string, raw: unknown, error: unknown): string {
  return `${view}: handling ${typeOf(raw)} failed: ${describeThrown(error)}`;
}
