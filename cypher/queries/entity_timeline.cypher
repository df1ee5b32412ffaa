// Question: Everything an entity did (it is the subject), by date, with who says so.
// @param entity string Entity id or name (e.g. country:KP or "North Korea")
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
MATCH (c)-[:STATED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN coalesce(c.time, a.publishedAt) AS date, c.predicate AS predicate, o.name AS object, c.modality AS modality,
  c.count AS count, t.name AS attributedTo, a.outlet AS outlet, a.id AS article, c.evidence AS evidence
ORDER BY date, article, evidence, predicate, object;
