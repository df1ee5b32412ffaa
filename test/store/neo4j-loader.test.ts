import neo4j from 'neo4j-driver';
import { Neo4jStore } from '../../src/store/neo4j/store';
import { RecordingRunner, type Params } from '../../src/store/neo4j/runner';
import * as S from '../../src/store/neo4j/statements';
import { schemaStatements } from '../../src/store/neo4j/cypher-file';
import { buildGraphModel } from '../../src/store/model';
import { allFixtures, changedA3, fixture } from './fixtures';
import { SimulatedNeo4j } from './simulated-neo4j';

const NAMES = new Map(Object.entries(S.allStatements()).map(([name, text]) => [text, name]));
const nameOf = (statement: string): string =>
  NAMES.get(statement) ?? (schemaStatements().includes(statement) ? 'SCHEMA' : `UNKNOWN: ${statement.slice(0, 40)}`);

/** "NAME xN (tx k)" lines: what was sent, how many rows, in which transaction. */
function transcript(runner: RecordingRunner, from = 0): string[] {
  const txNumbers = new Map<number, number>(); // transactions numbered from 0 within the transcript
  return runner.calls
    .slice(from)
    .filter((c) => nameOf(c.statement) !== 'SCHEMA')
    .map((c) => {
      const rows = (c.params.rows ?? c.params.ids ?? c.params.hashes) as unknown[] | undefined;
      if (c.tx !== null && !txNumbers.has(c.tx)) txNumbers.set(c.tx, txNumbers.size);
      return `${nameOf(c.statement)}${rows ? ` x${rows.length}` : ''}${c.tx === null ? '' : ` (tx ${txNumbers.get(c.tx)})`}`;
    });
}

/** Plain JS numbers anywhere in the parameters (only confidence may be one). */
function jsNumbers(params: Params): string[] {
  const found: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (neo4j.isInt(v)) return;
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    else if (typeof v === 'number') found.push(path.replace(/\[\d+\]/g, '[]'));
  };
  walk(params, '');
  return [...new Set(found)];
}

async function loaded(docs = allFixtures()) {
  const sim = new SimulatedNeo4j();
  const runner = new RecordingRunner(sim.respond);
  const store = new Neo4jStore({ runner });
  await store.load(docs);
  return { sim, runner, store };
}

describe('Neo4j loader against a recording runner', () => {
  it('applies the schema, then writes the fixtures with batched UNWIND statements in one transaction', async () => {
    const { runner } = await loaded();
    expect(runner.calls.slice(0, schemaStatements().length).map((c) => c.statement)).toEqual(schemaStatements());
    expect(transcript(runner)).toMatchInlineSnapshot(`
[
  "READ_ARTICLES_BY_ID x4",
  "READ_ARTICLES_BY_HASH x4",
  "UPSERT_ARTICLES x4 (tx 0)",
  "ENSURE_ENTITIES x13 (tx 0)",
  "UPSERT_MENTIONS x20 (tx 0)",
  "UPSERT_CLAIMS x16 (tx 0)",
  "ATTRIBUTE_CLAIMS x8 (tx 0)",
  "READ_CONTRIBUTIONS x13 (tx 0)",
  "UPSERT_ENTITIES_Country x8 (tx 0)",
  "UPSERT_ENTITIES_Location x1 (tx 0)",
  "UPSERT_ENTITIES_Organization x2 (tx 0)",
  "UPSERT_ENTITIES_Person x2 (tx 0)",
  "READ_FACT_CLAIMS x14 (tx 0)",
  "UPSERT_FACT_EDGES_SENDS_TROOPS_TO x2 (tx 0)",
  "UPSERT_FACT_EDGES_SUPPLIES_WEAPONS_TO x2 (tx 0)",
  "UPSERT_FACT_EDGES_VISITS x1 (tx 0)",
  "UPSERT_FACT_EDGES_SIGNS_AGREEMENT_WITH x1 (tx 0)",
  "UPSERT_FACT_EDGES_FIGHTS_AGAINST x1 (tx 0)",
  "UPSERT_FACT_EDGES_CONDEMNS x1 (tx 0)",
  "UPSERT_FACT_EDGES_HOLDS_POSITION x2 (tx 0)",
  "UPSERT_FACT_EDGES_PART_OF x1 (tx 0)",
  "UPSERT_FACT_EDGES_LOCATED_IN x1 (tx 0)",
  "COUNT_ENTITIES_BY_TYPE",
  "COUNT_CLAIMS_BY_PREDICATE",
]
`);
  });

  it('sends the exact Cypher and parameters, integers as neo4j Integers', async () => {
    const { runner } = await loaded([fixture('fx_a2')]);
    const claims = runner.calls.find((c) => c.statement === S.UPSERT_CLAIMS)!;
    expect(claims.statement).toMatchInlineSnapshot(`
"UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (c:Claim {id: row.id})
SET c.article = row.article, c.predicate = row.predicate, c.subject = row.subject, c.object = row.object,
  c.count = row.count, c.countModifier = row.countModifier, c.time = row.time, c.modality = row.modality,
  c.role = row.role, c.attributedTo = row.attributedTo, c.confidence = row.confidence, c.evidence = row.evidence,
  c.start = row.start, c.end = row.end, c.periodStart = row.periodStart, c.periodEnd = row.periodEnd
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:STATED_IN]->(a)"
`);
    const row = (claims.params.rows as Record<string, unknown>[])[0]!;
    expect(neo4j.isInt(row.count) && neo4j.isInt(row.start) && neo4j.isInt(row.end)).toBe(true);
    expect(row).toMatchInlineSnapshot(`
{
  "article": "fx_a2",
  "attributedTo": "person:volodymyr-zelensky",
  "confidence": 0.8,
  "count": Integer {
    "high": 0,
    "low": 11000,
  },
  "countModifier": "more_than",
  "end": Integer {
    "high": 0,
    "low": 116,
  },
  "evidence": "Presiden Ukraina Volodymyr Zelensky mengatakan lebih dari 11.000 tentara Korut telah berada di wilayah Kursk, Rusia.",
  "id": "claim:0ba40bbd1f7cdc51a10141d7",
  "modality": "asserted",
  "object": "country:RU",
  "periodEnd": "2024-11-05",
  "periodStart": "2024-11-05",
  "predicate": "SENDS_TROOPS_TO",
  "role": null,
  "start": Integer {
    "high": 0,
    "low": 0,
  },
  "subject": "country:KP",
  "time": null,
}
`);
    const troops = runner.calls.find((c) => c.statement === S.upsertFactEdgesStatement('SENDS_TROOPS_TO'))!;
    expect(troops.statement).toMatchInlineSnapshot(`
"UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[f:SENDS_TROOPS_TO]->(o)
SET f.id = row.id, f.claims = row.claims, f.articles = row.articles, f.outlets = row.outlets,
  f.firstSeen = row.firstSeen, f.lastSeen = row.lastSeen, f.counts = row.counts"
`);
    expect(troops.params).toMatchInlineSnapshot(`
{
  "rows": [
    {
      "articles": Integer {
        "high": 0,
        "low": 1,
      },
      "claims": Integer {
        "high": 0,
        "low": 1,
      },
      "counts": [
        Integer {
          "high": 0,
          "low": 11000,
        },
      ],
      "firstSeen": "2024-11-05",
      "id": "country:KP|SENDS_TROOPS_TO|country:RU",
      "lastSeen": "2024-11-05",
      "object": "country:RU",
      "outlets": [
        "Kontan",
      ],
      "subject": "country:KP",
    },
    {
      "articles": Integer {
        "high": 0,
        "low": 1,
      },
      "claims": Integer {
        "high": 0,
        "low": 1,
      },
      "counts": [
        Integer {
          "high": 0,
          "low": 11000,
        },
      ],
      "firstSeen": "2024-11-05",
      "id": "country:KP|SENDS_TROOPS_TO|location:kursk",
      "lastSeen": "2024-11-05",
      "object": "location:kursk",
      "outlets": [
        "Kontan",
      ],
      "subject": "country:KP",
    },
  ],
}
`);
    for (const call of runner.calls) expect(jsNumbers(call.params).filter((p) => !p.endsWith('.confidence'))).toEqual([]);
  });

  it('leaves the same entities and fact edges as the embedded model', async () => {
    const { sim } = await loaded();
    const { model } = buildGraphModel(allFixtures());
    expect([...sim.entities.keys()].sort()).toEqual(model.entities.map((e) => e.id));
    for (const e of model.entities)
      expect(sim.entities.get(e.id)).toMatchObject({ name: e.name, type: e.type, label: e.type, aliases: e.aliases, mentions: e.mentions, articles: e.articles });
    expect([...sim.facts.values()].map((f) => f.id).sort()).toEqual(model.factEdges.map((f) => f.id));
    for (const f of model.factEdges)
      expect(sim.facts.get(`${f.subject}|${f.predicate}|${f.object}`)).toMatchObject({ claims: f.claims, articles: f.articles, outlets: f.outlets, counts: f.counts });
    expect(sim.claims.size).toBe(model.claims.length);
  });

  it('loading the same documents again writes nothing', async () => {
    const { runner, store } = await loaded();
    const before = runner.calls.length;
    const summary = await store.load(allFixtures());
    expect(summary).toMatchObject({ written: 0, unchanged: 4 });
    expect(transcript(runner, before)).toEqual(['READ_ARTICLES_BY_ID x4', 'READ_ARTICLES_BY_HASH x4', 'COUNT_ENTITIES_BY_TYPE', 'COUNT_CLAIMS_BY_PREDICATE']);
  });

  it('re-loading a changed article deletes its old claims and recomputes the fact edges they fed', async () => {
    const { runner, store, sim } = await loaded();
    const before = runner.calls.length;
    await store.load([changedA3()]);
    expect(transcript(runner, before)).toMatchInlineSnapshot(`
[
  "READ_ARTICLES_BY_ID x1",
  "READ_ARTICLES_BY_HASH x1",
  "READ_ARTICLE_CLAIM_KEYS x1 (tx 0)",
  "READ_ARTICLE_ENTITIES x1 (tx 0)",
  "DELETE_ARTICLE_CLAIMS x1 (tx 0)",
  "DELETE_ARTICLE_MENTIONS x1 (tx 0)",
  "UPSERT_ARTICLES x1 (tx 0)",
  "ENSURE_ENTITIES x3 (tx 0)",
  "UPSERT_MENTIONS x3 (tx 0)",
  "UPSERT_CLAIMS x1 (tx 0)",
  "READ_CONTRIBUTIONS x4 (tx 0)",
  "UPSERT_ENTITIES_Country x3 (tx 0)",
  "UPSERT_ENTITIES_Location x1 (tx 0)",
  "READ_FACT_CLAIMS x3 (tx 0)",
  "UPSERT_FACT_EDGES_SENDS_TROOPS_TO x1 (tx 0)",
  "UPSERT_FACT_EDGES_SUPPLIES_WEAPONS_TO x1 (tx 0)",
  "UPSERT_FACT_EDGES_TRAINS x1 (tx 0)",
  "COUNT_ENTITIES_BY_TYPE",
  "COUNT_CLAIMS_BY_PREDICATE",
]
`);
    const { model } = buildGraphModel([...allFixtures().filter((d) => d.id !== 'fx_a3'), changedA3()]);
    expect([...sim.facts.values()].map((f) => f.id).sort()).toEqual(model.factEdges.map((f) => f.id));
    expect([...sim.entities.keys()].sort()).toEqual(model.entities.map((e) => e.id));
    const kursk = model.factEdges.find((f) => f.id === 'country:KP|SENDS_TROOPS_TO|location:kursk')!;
    expect(sim.facts.get('country:KP|SENDS_TROOPS_TO|location:kursk')).toMatchObject({ claims: kursk.claims, counts: kursk.counts });
  });

  it('writes whole articles per transaction, batchSize rows at a time', async () => {
    const sim = new SimulatedNeo4j();
    const runner = new RecordingRunner(sim.respond);
    await new Neo4jStore({ runner }).load(allFixtures(), { batchSize: 10 });
    const txOfArticle = new Map<string, number | null>();
    for (const call of runner.calls)
      for (const row of (call.params.rows ?? []) as Record<string, unknown>[])
        if (call.statement === S.UPSERT_CLAIMS || call.statement === S.UPSERT_MENTIONS) {
          const article = String(row.article);
          if (txOfArticle.has(article)) expect(txOfArticle.get(article)).toBe(call.tx);
          txOfArticle.set(article, call.tx);
        }
    expect(new Set(txOfArticle.values()).size).toBe(4);
    expect([...txOfArticle.values()].every((tx) => tx !== null)).toBe(true);
  });

  it('refuses a relationship type or label outside the ontology', () => {
    expect(() => S.upsertFactEdgesStatement('SENDS_TROOPS_TO]->(x) DETACH DELETE x //')).toThrow(/not a predicate/);
    expect(() => S.upsertEntitiesStatement('Person:Admin')).toThrow(/not an entity type/);
  });
});
