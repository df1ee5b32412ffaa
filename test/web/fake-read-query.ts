// A FAKE of the Neo4j store's readQuery, for the page tests: no Neo4j can run
// where these tests run. It does NOT run the Cypher it is given. Whatever the
// query, it answers as Neo4j would answer
//
//   MATCH (s:Entity)-[f]->(o:Entity)
//   MATCH p = (s)<-[:SUBJECT]-(c:Claim)-[:STATED_IN]->(a:Article)   // c: the fact's first claim
//   RETURN s, f, o, p ORDER BY f.id
//
// built from the wrapped store's own data (overview + entity details) as real
// neo4j-driver values (neo4j.types.Node, Relationship, Path, Integer) with
// the properties the loader writes (cypher/README.md), then passed through the
// real shapeReadResult, so everything from the shaping on is the production path.
import neo4j from 'neo4j-driver';
import { shapeReadResult, type RawReadResult } from '../../src/store/neo4j/read-query';
import type { GraphStore, ReadQueryOptions, ReadQueryResult } from '../../src/store/types';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
type DriverNode = InstanceType<typeof Node>;
type DriverRelationship = InstanceType<typeof Relationship>;

/** The rows of the fixed answer above, at most rowLimit. */
export async function fakeRawAnswer(store: GraphStore, rowLimit: number): Promise<RawReadResult> {
  let next = 0;
  const nodes = new Map<string, DriverNode>();
  const nodeFor = (key: string, labels: string[], props: Record<string, unknown>): DriverNode => {
    let n = nodes.get(key);
    if (!n) {
      const identity = next++;
      n = new Node(neo4j.int(identity), labels, props, `4:fake:${identity}`);
      nodes.set(key, n);
    }
    return n;
  };
  const rel = (type: string, start: DriverNode, end: DriverNode, props: Record<string, unknown> = {}): DriverRelationship => {
    const identity = next++;
    return new Relationship(neo4j.int(identity), start.identity, end.identity, type, props, `5:fake:${identity}`, start.elementId, end.elementId);
  };

  const overview = await store.overview(100000);
  const edges = [...overview.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: unknown[][] = [];
  for (const e of edges) {
    const detail = await store.entity(e.source);
    const target = await store.entity(e.target);
    if (!detail || !target) continue;
    const entityNode = (d: NonNullable<typeof detail>) =>
      nodeFor(d.entity.id, ['Entity', d.entity.type], {
        id: d.entity.id,
        name: d.entity.name,
        type: d.entity.type,
        aliases: d.entity.aliases,
        mentions: neo4j.int(d.entity.mentions),
        articles: neo4j.int(d.entity.articles),
        ...(d.entity.wikidata ? { wikidata: d.entity.wikidata } : {}),
      });
    const s = entityNode(detail);
    const o = entityNode(target);
    const f = rel(e.predicate, s, o, { id: e.id, claims: neo4j.int(e.claims) });
    // a symmetric fact (MEETS…) is stored once, so its claims may read either way round
    const fact = detail.facts.find((x) => x.predicate === e.predicate && x.other.id === e.target);
    const claim = fact ? [...fact.claims].sort((a, b) => (a.id < b.id ? -1 : 1))[0] : undefined;
    if (!claim) continue;
    const c = nodeFor(claim.id, ['Claim'], {
      id: claim.id,
      article: claim.article,
      predicate: claim.predicate,
      subject: claim.subject,
      object: claim.object,
      modality: claim.modality,
      evidence: claim.evidence,
      confidence: claim.confidence,
      ...(claim.count !== undefined ? { count: neo4j.int(claim.count) } : {}),
    });
    const a = nodeFor(`article:${claim.article}`, ['Article'], {
      id: claim.article,
      source: claim.articleSource,
      ...(claim.articleTitle ? { title: claim.articleTitle } : {}),
      ...(claim.articleOutlet ? { outlet: claim.articleOutlet } : {}),
    });
    const p = new Path(s, a, [new PathSegment(s, rel('SUBJECT', c, s), c), new PathSegment(c, rel('STATED_IN', c, a), a)]);
    rows.push([s, f, o, p]);
  }
  return { columns: ['s', 'f', 'o', 'p'], rows: rows.slice(0, rowLimit), truncated: rows.length > rowLimit };
}

/** The store with a readQuery that answers with the fake above (see the file comment). */
export function withFakeReadQuery(store: GraphStore): GraphStore & { queries: string[] } {
  const queries: string[] = [];
  return Object.create(store, {
    queries: { value: queries },
    readQuery: {
      value: async (cypher: string, _params: Record<string, unknown>, opts: ReadQueryOptions): Promise<ReadQueryResult> => {
        queries.push(cypher);
        return shapeReadResult(await fakeRawAnswer(store, opts.rowLimit));
      },
    },
  }) as GraphStore & { queries: string[] };
}
