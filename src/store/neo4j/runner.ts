// The seam between the Neo4j store and the driver: a CypherRunner runs a
// statement with parameters and returns plain rows. The driver-backed runner
// lives here; tests use RecordingRunner to see exactly what would be sent.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { ReadQueryOptions } from '../types';
import type { RawReadResult } from './read-query';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface CypherTx {
  run(statement: string, params?: Params): Promise<Row[]>;
}

export interface CypherRunner extends CypherTx {
  /** runs `work` in one write transaction: all of it commits or none */
  writeTransaction<T>(work: (tx: CypherTx) => Promise<T>): Promise<T>;
  /** one user query (the Cypher box): read access mode, a server-side time-out,
   * at most `rowLimit` rows streamed back; values stay raw driver values */
  readQuery?(statement: string, params: Params, opts: ReadQueryOptions): Promise<RawReadResult>;
  close(): Promise<void>;
}

/** Neo4j values to plain JS: Integers to numbers (exact within 2^53), recursively. */
export function fromNeo4j(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // nodes and relationships: their properties
    if ('properties' in v && ('labels' in v || 'type' in v)) return fromNeo4j(v.properties);
    const out: Row = {};
    for (const [k, x] of Object.entries(v)) out[k] = fromNeo4j(x);
    return out;
  }
  return value;
}

async function runOn(target: ManagedTransaction | Session, statement: string, params: Params = {}): Promise<Row[]> {
  const result = await target.run(statement, params);
  return result.records.map((r) => fromNeo4j(r.toObject()) as Row);
}

export class DriverRunner implements CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  async run(statement: string, params?: Params): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => runOn(tx, statement, params));
    } finally {
      await session.close();
    }
  }

  async readQuery(statement: string, params: Params, opts: ReadQueryOptions): Promise<RawReadResult> {
    const session = this.session('READ');
    try {
      return await session.executeRead(
        async (tx) => {
          const result = tx.run(statement, params);
          const rows: unknown[][] = [];
          let columns: string[] = [];
          let truncated = false;
          // stop streaming at the limit: leaving the loop cancels the rest of the result
          for await (const record of result) {
            if (rows.length === 0) columns = [...record.keys].map(String);
            if (rows.length >= opts.rowLimit) {
              truncated = true;
              break;
            }
            rows.push(record.keys.map((k) => record.get(k)));
          }
          if (rows.length === 0) columns = [...(await result.keys())].map(String);
          return { columns, rows, truncated };
        },
        { timeout: opts.timeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  async writeTransaction<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      // executeWrite retries transient failures by re-running `work`; the loader's work is idempotent
      return await session.executeWrite((tx) => work({ run: (s, p) => runOn(tx, s, p) }));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface RecordedCall {
  statement: string;
  params: Params;
  /** index of the transaction it ran in, or null outside any */
  tx: number | null;
  /** set for readQuery calls: the access mode and limits they were sent with */
  read?: { mode: 'READ' } & ReadQueryOptions;
}

/**
 * Records statements and parameters instead of sending them. `respond` may
 * answer reads, so the loader's read-then-write logic can be exercised.
 */
export class RecordingRunner implements CypherRunner {
  readonly calls: RecordedCall[] = [];
  private transactions = 0;
  private currentTx: number | null = null;

  constructor(private readonly respond: (statement: string, params: Params) => Row[] = () => []) {}

  async run(statement: string, params: Params = {}): Promise<Row[]> {
    this.calls.push({ statement, params, tx: this.currentTx });
    return this.respond(statement, params);
  }

  async readQuery(statement: string, params: Params, opts: ReadQueryOptions): Promise<RawReadResult> {
    this.calls.push({ statement, params, tx: null, read: { mode: 'READ', ...opts } });
    const answer = this.respond(statement, params);
    const columns = answer.length > 0 ? Object.keys(answer[0]!) : [];
    const rows = answer.map((r) => columns.map((c) => r[c]));
    return { columns, rows: rows.slice(0, opts.rowLimit), truncated: rows.length > opts.rowLimit };
  }

  async writeTransaction<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const previous = this.currentTx;
    this.currentTx = this.transactions++;
    try {
      return await work({ run: (s, p) => this.run(s, p) });
    } finally {
      this.currentTx = previous;
    }
  }

  async close(): Promise<void> {}
}
