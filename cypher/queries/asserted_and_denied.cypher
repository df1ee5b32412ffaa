// Question: Which facts does one source assert and another deny or negate?
// A claim's source is who it is attributed to, else the outlet, else the article id.
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (c:Claim)-[:STATED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
WITH c, coalesce(t.name, a.outlet, a.id) AS source
ORDER BY source
WITH c.subject AS subjectId, c.predicate AS predicate, c.object AS objectId,
  collect(DISTINCT CASE WHEN c.modality IN ['asserted', 'planned', 'possible'] THEN source END) AS assertedBy,
  collect(DISTINCT CASE WHEN c.modality IN ['denied', 'negated'] THEN source END) AS deniedBy
WHERE any(x IN assertedBy WHERE any(y IN deniedBy WHERE y <> x))
MATCH (s:Entity {id: subjectId})
MATCH (o:Entity {id: objectId})
RETURN s.name AS subject, predicate, o.name AS object, assertedBy, deniedBy
ORDER BY subject, predicate, object;
