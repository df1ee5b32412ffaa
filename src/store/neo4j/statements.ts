// Every Cypher statement the Neo4j store sends, in one place so the tests can
// lint them all. Values always travel as parameters; labels and relationship
// types are interpolated only from the closed ontology lists, checked here.
import { ENTITY_TYPES, PREDICATES, isEntityType, isPredicate, type EntityType, type Predicate } from '../../extract/types';

const IDENTIFIER = /^[A-Z][A-Za-z_]*$/;

/** The relationship type of a fact edge: a predicate from the closed list, never raw text. */
export function relationshipType(predicate: string): Predicate {
  if (!isPredicate(predicate) || !IDENTIFIER.test(predicate))
    throw new Error(`"${predicate}" is not a predicate of the ontology; refusing to use it as a relationship type`);
  return predicate;
}

/** The second label of an entity: a type from the closed list, never raw text. */
export function typeLabel(type: string): EntityType {
  if (!isEntityType(type) || !IDENTIFIER.test(type))
    throw new Error(`"${type}" is not an entity type of the ontology; refusing to use it as a label`);
  return type;
}

const ALL_TYPE_LABELS = ENTITY_TYPES.map((t) => `:${t}`).join('').slice(1);

// ---- loader: reads ----

export const READ_ARTICLES_BY_ID = `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.sources AS sources, a.memberIds AS memberIds`;

export const READ_ARTICLES_BY_HASH = `UNWIND $hashes AS hash
MATCH (a:Article {contentHash: hash})
RETURN a.id AS id, a.contentHash AS contentHash, a.sources AS sources, a.memberIds AS memberIds`;

export const READ_ARTICLE_CLAIM_KEYS = `UNWIND $ids AS id
MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)
RETURN DISTINCT c.subject AS subject, c.predicate AS predicate, c.object AS object`;

export const READ_ARTICLE_ENTITIES = `UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id`;

export const READ_CONTRIBUTIONS = `UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(e:Entity {id: id})
RETURN e.id AS entity, a.id AS article, m.count AS count, m.name AS name, m.type AS type, m.aliases AS aliases, m.wikidata AS wikidata`;

export const READ_FACT_CLAIMS = `UNWIND $rows AS row
MATCH (c:Claim {predicate: row.predicate, subject: row.subject, object: row.object})-[:STATED_IN]->(a:Article)
RETURN c.id AS id, c.subject AS subject, c.predicate AS predicate, c.object AS object, c.count AS count, c.time AS time,
  a.id AS article, a.outlet AS outlet, a.publishedAt AS publishedAt`;

// ---- loader: writes ----

export const DELETE_ARTICLE_CLAIMS = `UNWIND $ids AS id
MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)
DETACH DELETE c`;

export const DELETE_ARTICLE_MENTIONS = `UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(:Entity)
DELETE m`;

export const DELETE_ARTICLES = `UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a`;

export const UPSERT_ARTICLES = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.source = row.source, a.sources = row.sources, a.memberIds = row.memberIds, a.outlet = row.outlet,
  a.title = row.title, a.publishedAt = row.publishedAt, a.language = row.language, a.contentHash = row.contentHash`;

export const ADD_ARTICLE_MEMBERS = `UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.sources = row.sources, a.memberIds = row.memberIds, a.source = row.sources[0]`;

export const ENSURE_ENTITIES = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})`;

export const UPSERT_MENTIONS = `UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.name = row.name, m.type = row.type, m.aliases = row.aliases, m.wikidata = row.wikidata`;

export const UPSERT_CLAIMS = `UNWIND $rows AS row
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
MERGE (c)-[:STATED_IN]->(a)`;

export const ATTRIBUTE_CLAIMS = `UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (t:Entity {id: row.attributedTo})
MERGE (c)-[:ATTRIBUTED_TO]->(t)`;

/** Sets an entity's merged properties and its one type label (from the closed list). */
export function upsertEntitiesStatement(type: string): string {
  const label = typeLabel(type);
  return `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.wikidata = row.wikidata,
  e.mentions = row.mentions, e.articles = row.articles, e.searchText = row.searchText
REMOVE e:${ALL_TYPE_LABELS}
SET e:${label}`;
}

export const DELETE_UNMENTIONED_ENTITIES = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article)
DETACH DELETE e`;

/** Writes derived fact edges of one predicate between already-bound entities. */
export function upsertFactEdgesStatement(predicate: string): string {
  const rel = relationshipType(predicate);
  return `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[f:${rel}]->(o)
SET f.id = row.id, f.claims = row.claims, f.articles = row.articles, f.outlets = row.outlets,
  f.firstSeen = row.firstSeen, f.lastSeen = row.lastSeen, f.counts = row.counts`;
}

export function deleteFactEdgesStatement(predicate: string): string {
  const rel = relationshipType(predicate);
  return `UNWIND $rows AS row
MATCH (:Entity {id: row.subject})-[f:${rel}]->(:Entity {id: row.object})
DELETE f`;
}

// ---- reads behind GraphStore ----

export const OVERVIEW_NODES = `MATCH (e:Entity)
WHERE $types IS NULL OR e.type IN $types
RETURN e.id AS id, e.name AS name, e.type AS type, e.mentions AS mentions`;

export const OVERVIEW_FACT_EDGES = `MATCH (s:Entity)-[f]->(o:Entity)
WHERE type(f) IN $predicates
RETURN f.id AS id, s.id AS source, o.id AS target, type(f) AS predicate, f.claims AS claims`;

export const OVERVIEW_CLAIMS = `MATCH (c:Claim)-[:STATED_IN]->(a:Article)
WHERE c.predicate IN $predicates
  AND ($outlets IS NULL OR a.outlet IN $outlets)
  AND ($modalities IS NULL OR c.modality IN $modalities)
  AND ($from IS NULL OR c.periodEnd >= $from)
  AND ($to IS NULL OR c.periodStart <= $to)
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object`;

export const ENTITY_BY_ID = `MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.wikidata AS wikidata,
  e.mentions AS mentions, e.articles AS articles`;

export const ENTITY_CLAIMS = `MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim)-[:STATED_IN]->(a:Article)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN DISTINCT properties(c) AS claim, a.outlet AS outlet, a.title AS title, a.publishedAt AS publishedAt,
  a.source AS source, s.name AS subjectName, s.type AS subjectType, o.name AS objectName, o.type AS objectType,
  t.name AS attributedToName`;

export const ENTITY_ARTICLES = `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
RETURN a.id AS id, a.outlet AS outlet, a.title AS title, a.publishedAt AS publishedAt, m.count AS mentions`;

export const SEARCH_ENTITIES = `MATCH (e:Entity)
WHERE e.searchText CONTAINS $q
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.mentions AS mentions`;

export const COUNT_ARTICLES = `MATCH (a:Article) RETURN count(a) AS n`;
export const COUNT_CLAIMS_BY_PREDICATE = `MATCH (c:Claim) RETURN c.predicate AS predicate, count(c) AS n`;
export const COUNT_ENTITIES_BY_TYPE = `MATCH (e:Entity) RETURN e.type AS type, count(e) AS n`;
export const COUNT_FACT_EDGES = `MATCH (:Entity)-[f]->(:Entity) WHERE type(f) IN $predicates RETURN count(f) AS n`;

export const REVISION_ROWS = `MATCH (a:Article)
RETURN a.id AS id, a.contentHash AS contentHash, a.sources AS sources
ORDER BY id`;

/** Every statement the store can send, for the lint test. */
export function allStatements(): Record<string, string> {
  const out: Record<string, string> = {};
  const fixed: Record<string, string> = {
    READ_ARTICLES_BY_ID,
    READ_ARTICLES_BY_HASH,
    READ_ARTICLE_CLAIM_KEYS,
    READ_ARTICLE_ENTITIES,
    READ_CONTRIBUTIONS,
    READ_FACT_CLAIMS,
    DELETE_ARTICLE_CLAIMS,
    DELETE_ARTICLE_MENTIONS,
    DELETE_ARTICLES,
    UPSERT_ARTICLES,
    ADD_ARTICLE_MEMBERS,
    ENSURE_ENTITIES,
    UPSERT_MENTIONS,
    UPSERT_CLAIMS,
    ATTRIBUTE_CLAIMS,
    DELETE_UNMENTIONED_ENTITIES,
    OVERVIEW_NODES,
    OVERVIEW_FACT_EDGES,
    OVERVIEW_CLAIMS,
    ENTITY_BY_ID,
    ENTITY_CLAIMS,
    ENTITY_ARTICLES,
    SEARCH_ENTITIES,
    COUNT_ARTICLES,
    COUNT_CLAIMS_BY_PREDICATE,
    COUNT_ENTITIES_BY_TYPE,
    COUNT_FACT_EDGES,
    REVISION_ROWS,
  };
  Object.assign(out, fixed);
  for (const t of ENTITY_TYPES) out[`UPSERT_ENTITIES_${t}`] = upsertEntitiesStatement(t);
  for (const p of PREDICATES) {
    out[`UPSERT_FACT_EDGES_${p}`] = upsertFactEdgesStatement(p);
    out[`DELETE_FACT_EDGES_${p}`] = deleteFactEdgesStatement(p);
  }
  return out;
}
