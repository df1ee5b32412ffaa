// Question: Which facts does one source assert and another deny or negate?
// A claim's source is who it is attributed to, else the outlet, else the article id.
// Example on the seeds (defaults; 2 rows, first 2):
//   subject: North Korea | predicate: SUPPLIES_WEAPONS_TO | object: Russia | assertedBy: [Mark Rutte, National Intelligence Service] | deniedBy: [North Korea]
//   subject: North Korea | predicate: SUPPORTS | object: Russia | assertedBy: [National Intelligence Service, North Korea] | deniedBy: [North Korea]
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
