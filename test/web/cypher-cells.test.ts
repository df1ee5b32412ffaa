// The Cypher box's table cells: nodes, relationships and paths in Neo4j
// Browser's text form, from the shapes read-query.ts writes.
import neo4j from 'neo4j-driver';
import { shapeReadResult } from '../../src/store/neo4j/read-query';
import { cellText } from '../../web/src/panels/cypher';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;

describe('cellText', () => {
  const kp = new Node(int(1), ['Entity', 'Country'], { id: 'country:KP', name: 'North Korea', type: 'Country' }, '4:1');
  const claim = new Node(int(2), ['Claim'], { predicate: 'SENDS_TROOPS_TO', count: int(1500) }, '4:2');
  const article = new Node(int(3), ['Article'], { source: 'seeds/a.txt' }, '4:3');
  const subject = new Relationship(int(7), int(2), int(1), 'SUBJECT', {}, '5:7', '4:2', '4:1');
  const statedIn = new Relationship(int(8), int(2), int(3), 'STATED_IN', {}, '5:8', '4:2', '4:3');
  const path = new Path(kp, article, [new PathSegment(kp, subject, claim), new PathSegment(claim, statedIn, article)]);
  const result = shapeReadResult({ columns: ['n', 'p', 'ns', 'x'], rows: [[kp, path, [kp, article], { a: int(3), b: 'teks' }]], truncated: false });
  const captions = new Map(result.nodes.flatMap((n) => (n.caption ? [[n.id, n.caption] as const] : [])));
  const cells = result.rows[0]!.map((v) => cellText(v, captions));

  it('writes nodes with labels and caption, paths with arrows the right way round', () => {
    expect(cells).toEqual([
      '(:Entity:Country North Korea)',
      '(:Entity:Country North Korea)<-[:SUBJECT]-(:Claim sends troops to 1500)-[:STATED_IN]->(:Article seeds/a.txt)',
      '[(:Entity:Country North Korea), (:Article seeds/a.txt)]',
      '{"a":3,"b":"teks"}',
    ]);
  });
  it('leaves strings and scalars as they are', () => {
    expect(cellText('Korea Utara', captions)).toBe('Korea Utara');
    expect(cellText(12, captions)).toBe('12');
    expect(cellText(null, captions)).toBe('null');
    expect(cellText([1, 2], captions)).toBe('[1,2]');
  });
});
