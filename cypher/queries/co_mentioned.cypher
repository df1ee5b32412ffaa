// Question: Which entities appear together in the same articles most often?
// @param limit integer = 20 Number of pairs
// Example on the seeds (limit=8; 8 rows, first 3):
//   first: North Korea | second: National Intelligence Service | articles: 5
//   first: North Korea | second: Russia | articles: 5
//   first: North Korea | second: South Korea | articles: 5
MATCH (x:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity)
WHERE x.id < y.id
RETURN x.name AS first, y.name AS second, count(DISTINCT a) AS articles
ORDER BY articles DESC, first, second
LIMIT $limit;
