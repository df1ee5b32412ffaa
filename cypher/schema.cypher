// simpul graph schema (Neo4j 5). Applied by the loader before any write; every
// statement is idempotent (IF NOT EXISTS), so applying it twice is harmless.

// Keys the loader MERGEs on.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;

// Lookups the loader and the library make.
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_outlet IF NOT EXISTS FOR (a:Article) ON (a.outlet);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX claim_triple IF NOT EXISTS FOR (c:Claim) ON (c.predicate, c.subject, c.object);
CREATE INDEX claim_period IF NOT EXISTS FOR (c:Claim) ON (c.periodStart);
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON (e.searchText);

// Full-text search over canonical names and Indonesian aliases (Neo4j Browser:
// CALL db.index.fulltext.queryNodes('entity_names', 'korut') YIELD node, score).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
