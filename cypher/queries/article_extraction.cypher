// Question: What was extracted from one article? Every claim, in text order.
// @param article string Article id (file name without extension, e.g. 001_adfbcabac01a1eba)
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (a:Article {id: $article})<-[:STATED_IN]-(c:Claim)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN c.start AS start, c.end AS end, s.name AS subject, c.predicate AS predicate, o.name AS object,
  c.count AS count, c.countModifier AS countModifier, c.time AS time, c.modality AS modality, c.role AS role,
  t.name AS attributedTo, c.confidence AS confidence, c.evidence AS evidence
ORDER BY start, predicate, subject, object;
