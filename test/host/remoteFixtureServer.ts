/**
 * The host suites' fixture server: a `FixtureServer` (test/fixtures/fixtureServer.ts) that lives in the layer
 * runner's Node process, steered through the fixture control endpoint. The same methods as the server itself,
 * asynchronous, so the same suites run in the Node extension host and in the web worker one, where no Node
 * `http` server can run.
 */
import type { Fault, LiveBenchExchange, RequestLog, Target } from '../fixtures/fixtureServer';
import { control } from './hostTestSetup';

export class RemoteFixtureServer {
  private started: { server: number; baseUrl: string } | undefined;

  /** Starts a fresh fixture server (its own port, nothing served or logged yet); returns its base URL. */
  async start(): Promise<string> {
    this.started = await control('start');
    return this.started.baseUrl;
  }

  get baseUrl(): string {
    return this.running().baseUrl;
  }

  async stop(): Promise<void> {
    if (this.started) await control('stop', this.started.server);
    this.started = undefined;
  }

  /** Serves `date` as the board's publish date (recorded files must exist for it). */
  async setDate(board: string, date: string): Promise<void> {
    await control('setDate', this.id(), board, date);
  }

  /** The dataset revision the Hub's info answers with. */
  async setSha(sha: string): Promise<void> {
    await control('setSha', this.id(), sha);
  }

  /** Sets (or with 'none' clears) a fault on an endpoint. */
  async fault(target: Target, fault: Fault): Promise<void> {
    await control('fault', this.id(), target, fault);
  }

  async clearFaults(): Promise<void> {
    await control('clearFaults', this.id());
  }

  /** Every request the server got so far, in order. */
  async requests(): Promise<RequestLog[]> {
    return (await control('requests', this.id())).map((r) => ({ path: r.path, query: new URLSearchParams(r.query) }));
  }

  /** Every LiveBench answer so far, in order. */
  async liveBenchLog(): Promise<LiveBenchExchange[]> {
    return control('liveBenchLog', this.id());
  }

  /** Publishes (or with null removes) a file in LiveBench's folder, as a new commit would. */
  async setLiveBenchFile(name: string, text: string | null, lastModified?: string): Promise<void> {
    await control('setLiveBenchFile', this.id(), name, text, lastModified ?? null);
  }

  /** The text of a served LiveBench file (undefined when there is none). */
  async liveBenchFile(name: string): Promise<string | undefined> {
    return (await control('liveBenchFile', this.id(), name)) ?? undefined;
  }

  private running(): { server: number; baseUrl: string } {
    if (!this.started) throw new Error('fixture server not started');
    return this.started;
  }

  private id(): number {
    return this.running().server;
  }
}
