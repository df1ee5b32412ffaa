// The page's API client: typed fetches, and one error type whose message is
// the server's own explanation when it gave one.
import type {
  DisagreementsResponse,
  EntityResponse,
  FacetsResponse,
  FactsResponse,
  GraphResponse,
  HealthResponse,
  QueryLibraryResponse,
  QueryResponse,
  SearchResponse,
} from '../../src/server/api-types';

export class ApiFailure extends Error {
  constructor(
    message: string,
    public readonly status: number,
    public readonly code: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

async function request<T>(path: string, params: Record<string, string> = {}, init?: RequestInit): Promise<T> {
  const qs = new URLSearchParams(params).toString();
  let res: Response;
  try {
    res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' }, ...init });
  } catch {
    throw new ApiFailure('The server did not answer. Is it still running?', 0, 'NETWORK');
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiFailure(`The server sent something that is not JSON (HTTP ${res.status}).`, res.status, 'BAD_RESPONSE');
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(err?.message ?? `HTTP ${res.status}`, res.status, err?.code ?? 'HTTP');
  }
  return body as T;
}

export const api = {
  health: () => request<HealthResponse>('health'),
  graph: (params: Record<string, string>) => request<GraphResponse>('graph', params),
  entity: (id: string) => request<EntityResponse>(`entity/${encodeURIComponent(id)}`),
  search: (q: string, limit = 8) => request<SearchResponse>('search', { q, limit: String(limit) }),
  facets: () => request<FacetsResponse>('facets'),
  facts: (params: Record<string, string>) => request<FactsResponse>('facts', params),
  disagreements: (params: Record<string, string>) => request<DisagreementsResponse>('disagreements', params),
  queries: () => request<QueryLibraryResponse>('queries'),
  query: (cypher: string) =>
    request<QueryResponse>('query', {}, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ cypher }) }),
};
