// Question: Who supplies weapons to whom, and who says so (denials included)?
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (c:Claim {predicate: 'SUPPLIES_WEAPONS_TO'})-[:STATED_IN]->(a:Article)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN s.name AS supplier, o.name AS recipient, c.modality AS modality, t.name AS saidBy, a.outlet AS outlet,
  coalesce(c.time, a.publishedAt) AS date, c.evidence AS evidence
ORDER BY supplier, recipient, date, evidence;
