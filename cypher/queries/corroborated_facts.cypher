// Question: Which facts are reported by at least $minOutlets independent outlets?
// @param minOutlets integer = 2 Minimum number of distinct outlets
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (s:Entity)-[f]->(o:Entity)
WHERE size(f.outlets) >= $minOutlets
RETURN s.name AS subject, type(f) AS predicate, o.name AS object, f.outlets AS outlets, f.claims AS claims,
  f.articles AS articles
ORDER BY size(outlets) DESC, claims DESC, subject, predicate, object;
