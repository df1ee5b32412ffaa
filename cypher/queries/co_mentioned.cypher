// Question: Which entities appear together in the same articles most often?
// @param limit integer = 20 Number of pairs
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (x:Entity)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity)
WHERE x.id < y.id
RETURN x.name AS first, y.name AS second, count(DISTINCT a) AS articles
ORDER BY articles DESC, first, second
LIMIT $limit;
