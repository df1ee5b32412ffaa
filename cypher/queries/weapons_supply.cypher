// Question: Who supplies weapons to whom, and who says so (denials included)?
// Example on the seeds (defaults; 4 rows, first 3):
//   supplier: North Korea | recipient: Russia | modality: asserted | saidBy: National Intelligence Service | outlet: CNBC Indonesia | date: 2024-08
//   supplier: North Korea | recipient: Russia | modality: denied | saidBy: North Korea | outlet: Liputan6 | date: 2024-10-25
//   supplier: North Korea | recipient: Russia | modality: asserted | saidBy: Mark Rutte | outlet: Tribunnews | date: 2024-10-29
MATCH (c:Claim {predicate: 'SUPPLIES_WEAPONS_TO'})-[:STATED_IN]->(a:Article)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN s.name AS supplier, o.name AS recipient, c.modality AS modality, t.name AS saidBy, a.outlet AS outlet,
  coalesce(c.time, a.publishedAt) AS date, c.evidence AS evidence
ORDER BY supplier, recipient, date, evidence;
