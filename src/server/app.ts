// The Express app: a validated JSON API over any GraphStore, plus the page.
import { packageRoot } from '../resources';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { GraphFilters, GraphStore } from '../store/types';
import type {
  DisagreementsResponse,
  FacetsResponse,
  FactsResponse,
  HealthResponse,
  QueryLibraryResponse,
  QueryResponse,
  SearchResponse,
  StatsResponse,
} from './api-types';
import { ClaimSource } from './claims';
import { assertReadOnlyCypher } from './cypher-guard';
import { findDisagreements } from './disagreements';
import { ApiError, badParam } from './errors';
import { buildFacets } from './facets';
import { GraphCache } from './graph-cache';
import { hashString } from './layout';
import { loadQueryLibrary } from './query-library';
import {
  FILTER_PARAMS,
  LIMITS,
  filterKey,
  parseEntityId,
  parseFilters,
  parseLimit,
  parseSearchText,
  rejectUnknownParams,
  type RawQuery,
} from './validate';

export interface AppOptions {
  store: GraphStore;
  /** folder holding index.html and dist/ (default: <repo>/web) */
  webDir?: string;
  /** folder of library queries (default: <repo>/cypher/queries) */
  queriesDir?: string;
  /** Cypher box limits */
  query?: { timeoutMs: number; rowLimit: number };
  /** where unexpected errors are reported (never to the client) */
  logError?: (err: unknown) => void;
}

const REPO_ROOT = packageRoot();

export interface ExplorerApp extends express.Application {
  /** precompute the whole-graph layout */
  warm(): Promise<void>;
}

export function createApp(opts: AppOptions): ExplorerApp {
  const { store } = opts;
  const webDir = opts.webDir ?? join(REPO_ROOT, 'web');
  const queriesDir = opts.queriesDir ?? join(REPO_ROOT, 'cypher', 'queries');
  const queryLimits = opts.query ?? { timeoutMs: 5000, rowLimit: 1000 };
  const logError = opts.logError ?? ((err: unknown) => console.error('simpul server:', err));
  const graphs = new GraphCache(store);
  const claims = new ClaimSource(store);
  let facetCache: { revision: string; facets: Promise<FacetsResponse> } | null = null;

  async function facets(): Promise<FacetsResponse> {
    const revision = await store.revision();
    if (!facetCache || facetCache.revision !== revision) {
      const pending = Promise.all([store.stats(), claims.list({}, LIMITS.facts.max * 20)]).then(([stats, c]) =>
        buildFacets(stats, c.claims),
      );
      pending.catch(() => (facetCache = null));
      facetCache = { revision, facets: pending };
    }
    return facetCache.facets;
  }

  /** Outlets are open-ended, so unknown ones are caught against what the store holds. */
  async function filtersFrom(query: RawQuery): Promise<GraphFilters> {
    const filters = parseFilters(query);
    if (filters.outlets) {
      const known = new Set((await facets()).outlets.map((o) => o.value));
      const unknown = filters.outlets.find((o) => !known.has(o));
      if (unknown !== undefined) throw badParam('outlets', `unknown outlet "${unknown.slice(0, 60)}"`);
    }
    return filters;
  }

  const app = express() as unknown as ExplorerApp;
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );

  const api = express.Router();
  api.use(express.json({ limit: '16kb' }));

  api.get('/health', async (req, res) => {
    rejectUnknownParams(req.query, []);
    const body: HealthResponse = { ok: true, store: store.kind, revision: await store.revision(), readQuery: !!store.readQuery };
    res.json(body);
  });

  api.get('/stats', async (req, res) => {
    rejectUnknownParams(req.query, []);
    const [stats, revision] = await Promise.all([store.stats(), store.revision()]);
    const body: StatsResponse = { ...stats, revision };
    res.json(body);
  });

  api.get('/graph', async (req, res) => {
    const started = performance.now();
    rejectUnknownParams(req.query, ['limit', ...FILTER_PARAMS]);
    const limit = parseLimit(req.query, 'limit', LIMITS.graphNodes);
    const filters = await filtersFrom(req.query);
    const text = await graphs.graphBody(limit, filters);
    const etag = `"g${hashString(text.slice(0, 4096)).toString(36)}-${text.length.toString(36)}-${hashString(filterKey(filters) + limit).toString(36)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(text);
  });

  api.get('/entity/:id', async (req, res) => {
    rejectUnknownParams(req.query, []);
    const id = parseEntityId(String(req.params.id));
    const detail = await store.entity(id);
    if (!detail) throw new ApiError(404, 'NOT_FOUND', `id: no entity "${id}"`, 'id');
    res.json(detail);
  });

  api.get('/search', async (req, res) => {
    rejectUnknownParams(req.query, ['q', 'limit']);
    const q = parseSearchText(req.query, 'q');
    const limit = parseLimit(req.query, 'limit', LIMITS.search);
    const body: SearchResponse = { hits: await store.search(q, limit) };
    res.json(body);
  });

  api.get('/facets', async (req, res) => {
    rejectUnknownParams(req.query, []);
    res.json(await facets());
  });

  api.get('/facts', async (req, res) => {
    rejectUnknownParams(req.query, ['limit', ...FILTER_PARAMS]);
    const limit = parseLimit(req.query, 'limit', LIMITS.facts);
    const filters = await filtersFrom(req.query);
    const body: FactsResponse = await claims.list(filters, limit);
    res.json(body);
  });

  api.get('/disagreements', async (req, res) => {
    rejectUnknownParams(req.query, ['limit', ...FILTER_PARAMS]);
    const limit = parseLimit(req.query, 'limit', LIMITS.disagreements);
    const filters = await filtersFrom(req.query);
    const all = await claims.list(filters, LIMITS.facts.max * 20);
    const body: DisagreementsResponse = { groups: findDisagreements(all.claims).slice(0, limit) };
    res.json(body);
  });

  api.get('/queries', async (req, res) => {
    rejectUnknownParams(req.query, []);
    const body: QueryLibraryResponse = { queries: store.readQuery ? await loadQueryLibrary(queriesDir) : [] };
    res.json(body);
  });

  api.post('/query', async (req, res) => {
    rejectUnknownParams(req.query, []);
    if (!store.readQuery) {
      throw new ApiError(501, 'NOT_AVAILABLE', 'the Cypher box needs the Neo4j store (set NEO4J_URI)');
    }
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ApiError(400, 'BAD_BODY', 'body: expected a JSON object {cypher, params?}');
    }
    const { cypher, params, ...rest } = body as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw new ApiError(400, 'BAD_BODY', `${extra}: unknown field`, extra);
    if (typeof cypher !== 'string') throw new ApiError(400, 'BAD_BODY', 'cypher: expected a string', 'cypher');
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
      throw new ApiError(400, 'BAD_BODY', 'params: expected an object', 'params');
    }
    assertReadOnlyCypher(cypher);
    const started = performance.now();
    let result;
    try {
      result = await store.readQuery(cypher, (params ?? {}) as Record<string, unknown>, queryLimits);
    } catch (err) {
      // the database's own message helps the analyst fix the query; it holds no secrets
      const message = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 300) : 'query failed';
      throw new ApiError(400, 'QUERY_FAILED', `cypher: ${message}`, 'cypher');
    }
    const answer: QueryResponse = { ...result, ms: Math.round(performance.now() - started) };
    res.json(answer);
  });

  api.use((req) => {
    throw new ApiError(404, 'NOT_FOUND', `no API route ${req.method} ${req.path}`);
  });
  app.use('/api', api);

  app.use('/dist', express.static(join(webDir, 'dist'), { index: false, fallthrough: true }));
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/', (_req, res) => {
    res.sendFile(join(webDir, 'index.html'));
  });

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const apiError = toApiError(err);
    if (apiError.status >= 500) logError(err);
    res.status(apiError.status).json(apiError.toBody());
  });

  // the whole-graph layout and the facets are the two slow first answers
  app.warm = async () => {
    await Promise.all([graphs.warm(), facets()]);
  };
  if (!existsSync(join(webDir, 'dist', 'main.js'))) {
    logError(new Error(`the page bundle ${join(webDir, 'dist', 'main.js')} is missing: run npm run build`));
  }
  return app;
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { type?: string; status?: number; name?: string } | null;
  if (e?.type === 'entity.too.large') return new ApiError(413, 'BODY_TOO_LARGE', 'body: larger than 16 kB');
  if (e?.type === 'entity.parse.failed') return new ApiError(400, 'BAD_BODY', 'body: not valid JSON');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new ApiError(415 as number, 'BAD_BODY', 'body: unsupported encoding');
  if (e?.status === 404) return new ApiError(404, 'NOT_FOUND', 'not found');
  if (e?.name === 'StoreError') return new ApiError(503, 'STORE_FAILED', 'the store could not answer; see the server log');
  return new ApiError(500, 'INTERNAL', 'internal error; see the server log');
}

export interface RunningServer {
  server: Server;
  url: string;
  app: ExplorerApp;
  close(): Promise<void>;
}

/** Listen on host (127.0.0.1 unless told otherwise) and port (0 = any free port). */
export async function startServer(opts: AppOptions & { port: number; host?: string; warm?: boolean }): Promise<RunningServer> {
  const app = createApp(opts);
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolveListen, reject) => {
    const s = app.listen(opts.port, host, (err?: Error) => (err ? reject(err) : resolveListen(s)));
    // idle keep-alive sockets stay open longer than clients' pools keep them
    // (Node's default 5 s closed sockets a client was about to reuse after a
    // load blocked the loop: ECONNRESET); headersTimeout must exceed it.
    s.keepAliveTimeout = 65_000;
    s.headersTimeout = 66_000;
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  if (opts.warm !== false) {
    app.warm().catch((err) => (opts.logError ?? console.error)(err));
  }
  return {
    server,
    app,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolveClose()));
      }),
  };
}
