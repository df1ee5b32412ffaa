// Question: Everything an entity did (it is the subject), by date, with who says so.
// @param entity string Entity id or name (e.g. country:KP or "North Korea")
// Example on the seeds (entity=Kim Jong Un; 2 rows, first 2):
//   date: 2025-04 | predicate: SENDS_TROOPS_TO | object: Eastern Europe | modality: asserted | count: null | attributedTo: null | outlet: null | article: 000_ecefb985b6207649
//   date: 2025-06-26 | predicate: HOLDS_POSITION | object: North Korea | modality: asserted | count: null | attributedTo: null | outlet: null | article: 000_ecefb985b6207649
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
MATCH (c)-[:STATED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN coalesce(c.time, a.publishedAt) AS date, c.predicate AS predicate, o.name AS object, c.modality AS modality,
  c.count AS count, t.name AS attributedTo, a.outlet AS outlet, a.id AS article, c.evidence AS evidence
ORDER BY date, article, evidence, predicate, object;
