// Lints every Cypher statement simpul has: the files under cypher/ and every
// statement the code sends, against the graph schema (labels, relationship
// types, property keys), so a misspelt label or property fails here. Zero
// diagnostics required: errors and warnings alike.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

// The package is an ES module with a CommonJS build; its types resolve as ESM, so it is required here.
interface DbSchema {
  labels?: string[];
  relationshipTypes?: string[];
  propertyKeys?: string[];
  parameters?: Record<string, unknown>;
  graphSchema?: { from: string; to: string; relType: string }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, schema: DbSchema): { diagnostics: { severity?: number; message: string }[] };
};
import { cypherDir, readCypherFile } from '../../src/store/neo4j/cypher-file';
import { NODE_LABELS, RELATIONSHIP_TYPES, allPropertyKeys, graphSchemaTriples } from '../../src/store/neo4j/graph-schema';
import { allStatements } from '../../src/store/neo4j/statements';
import { listLibraryQueries } from '../../src/store/library';
import { CLEAR_DATABASE } from '../store/live-helpers';
import { allFixtures } from '../store/fixtures';
import { cypherScriptStatements } from '../../src/store/export';
import { buildGraphModel } from '../../src/store/model';

const SCHEMA: DbSchema = {
  labels: [...NODE_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  propertyKeys: allPropertyKeys(),
  graphSchema: graphSchemaTriples(),
};

/** Parameters a statement uses, declared so the linter checks everything else. */
function parametersOf(statement: string): Record<string, unknown> {
  return Object.fromEntries([...statement.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
}

function lint(statement: string, parameters = parametersOf(statement)): string[] {
  return lintCypherQuery(statement, { ...SCHEMA, parameters }).diagnostics.map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`,
  );
}

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cypherFiles(path.join(dir, e.name)) : e.name.endsWith('.cypher') ? [path.join(dir, e.name)] : [],
  );
}

describe('Cypher lint', () => {
  it('catches a misspelt label, relationship type and property (the schema is really passed in)', () => {
    const diagnostics = lint('MATCH (e:Entitty)-[:MENTION]->(x:Entity) RETURN e.nmae');
    expect(diagnostics.join('\n')).toMatch(/Entitty/);
    expect(diagnostics.join('\n')).toMatch(/MENTION/);
    expect(diagnostics.join('\n')).toMatch(/nmae/);
  });

  const files = cypherFiles(cypherDir());
  it('finds the schema and the library', () => {
    expect(files.map((f) => path.relative(cypherDir(), f))).toEqual(expect.arrayContaining(['schema.cypher', path.join('queries', 'troop_claims_by_source.cypher')]));
  });

  for (const file of files) {
    it(`cypher/${path.relative(cypherDir(), file)} lints clean`, () => {
      const statements = readCypherFile(file);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect({ statement, diagnostics: lint(statement) }).toEqual({ statement, diagnostics: [] });
    });
  }

  it('library queries use only the parameters their header declares', () => {
    for (const q of listLibraryQueries()) {
      const declared = Object.fromEntries(q.params.map((p) => [p.name, null]));
      for (const statement of readCypherFile(q.file))
        expect({ query: q.name, diagnostics: lint(statement, declared) }).toEqual({ query: q.name, diagnostics: [] });
    }
  });

  it('the cypher-shell export of the fixtures lints clean', () => {
    for (const statement of cypherScriptStatements(buildGraphModel(allFixtures()).model, 500))
      expect({ statement: statement.slice(0, 80), diagnostics: lint(statement) }).toEqual({ statement: statement.slice(0, 80), diagnostics: [] });
  });

  const sent = { ...allStatements(), CLEAR_DATABASE };
  for (const [name, statement] of Object.entries(sent)) {
    it(`statement ${name} lints clean`, () => {
      expect(lint(statement)).toEqual([]);
    });
  }
});
