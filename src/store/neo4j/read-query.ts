// The Cypher box's answer: driver values (nodes, relationships, paths,
// Integers, temporal values) turned into plain JSON, with every node and
// relationship found in the rows collected for drawing.
import neo4j from 'neo4j-driver';
import { isEntityType } from '../../extract/types';
import type { ReadQueryResult } from '../types';

/** What a runner returns for a read query: raw driver values, at most rowLimit rows. */
export interface RawReadResult {
  columns: string[];
  rows: unknown[][];
  /** more rows existed than the limit allowed */
  truncated: boolean;
}

interface GraphNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface GraphRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

/** Captions longer than this are cut with an ellipsis: they label a dot on the graph. */
export const CAPTION_MAX = 60;

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (neo4j.isInt(v)) return String(v);
  return null;
}

// the ontology's closed count modifiers, as the signs a caption has room for
const COUNT_SIGNS: Record<string, string> = { more_than: '>', less_than: '<', about: '~', at_least: '≥' };

function cut(s: string): string {
  return s.length <= CAPTION_MAX ? s : `${s.slice(0, CAPTION_MAX - 1).trimEnd()}…`;
}

/** What to write next to a node, by the model in cypher/README.md: an entity's
 * name, an article's title (else its path), a claim's predicate with its count
 * and modality; any other node its first naming property, else its label. */
export function nodeCaption(labels: string[], props: Record<string, unknown>): string | null {
  if (labels.includes('Entity')) return text(props.name) ?? text(props.id);
  if (labels.includes('Article')) return cut(text(props.title) ?? text(props.source) ?? text(props.id) ?? 'Article');
  if (labels.includes('Claim')) {
    const predicate = text(props.predicate);
    if (!predicate) return 'Claim';
    const count = text(props.count);
    const modality = text(props.modality);
    const parts = [predicate.toLowerCase().replace(/_/g, ' ')];
    if (count) parts.push(`${COUNT_SIGNS[text(props.countModifier) ?? ''] ?? ''}${count}`);
    if (modality && modality !== 'asserted') parts.push(`(${modality})`);
    return cut(parts.join(' '));
  }
  const named = text(props.name) ?? text(props.title) ?? text(props.id);
  const label = [...labels].sort()[0];
  if (named) return cut(named);
  return label ?? null;
}

export function shapeReadResult(raw: RawReadResult): ReadQueryResult {
  const nodes = new Map<string, ReadQueryResult['nodes'][number]>();
  const relationships = new Map<string, ReadQueryResult['relationships'][number]>();

  const addNode = (n: GraphNode): void => {
    if (nodes.has(n.elementId)) return;
    const node: ReadQueryResult['nodes'][number] = { id: n.elementId, labels: [...n.labels].sort() };
    if (typeof n.properties.name === 'string') node.name = n.properties.name;
    const type = n.properties.type ?? n.labels.find((l) => isEntityType(l));
    if (isEntityType(type)) node.type = type;
    if (n.labels.includes('Entity') && typeof n.properties.id === 'string' && n.properties.id !== '') node.entityId = n.properties.id;
    const caption = nodeCaption(n.labels, n.properties);
    if (caption) node.caption = caption;
    nodes.set(n.elementId, node);
  };
  const addRelationship = (r: GraphRelationship): void => {
    if (!relationships.has(r.elementId))
      relationships.set(r.elementId, { id: r.elementId, type: r.type, source: r.startNodeElementId, target: r.endNodeElementId });
  };

  const plain = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (neo4j.isInt(v)) {
      const i = v as unknown as { inSafeRange(): boolean; toNumber(): number; toString(): string };
      return i.inSafeRange() ? i.toNumber() : i.toString();
    }
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (neo4j.isNode(v as never)) {
      const n = v as unknown as GraphNode;
      addNode(n);
      return { id: n.elementId, labels: n.labels, properties: plainObject(n.properties) };
    }
    if (neo4j.isRelationship(v as never)) {
      const r = v as unknown as GraphRelationship;
      addRelationship(r);
      return { id: r.elementId, type: r.type, source: r.startNodeElementId, target: r.endNodeElementId, properties: plainObject(r.properties) };
    }
    if (neo4j.isPath(v as never)) {
      const p = v as unknown as { start: GraphNode; segments: { relationship: GraphRelationship; end: GraphNode }[] };
      const path: unknown[] = [plain(p.start)];
      for (const s of p.segments) path.push(plain(s.relationship), plain(s.end));
      return path;
    }
    if (
      neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) ||
      neo4j.isTime(v as never) || neo4j.isLocalTime(v as never) || neo4j.isDuration(v as never)
    )
      return String(v);
    if (neo4j.isPoint(v as never)) {
      const p = v as unknown as { srid: unknown; x: number; y: number; z?: number };
      return { srid: plain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
    }
    if (Array.isArray(v)) return v.map(plain);
    if (typeof v === 'object') return plainObject(v as Record<string, unknown>);
    return v;
  };
  const plainObject = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)]));

  const rows = raw.rows.map((r) => r.map(plain));
  return {
    columns: raw.columns,
    rows,
    // a relationship whose end nodes are not in the rows cannot be drawn
    nodes: [...nodes.values()],
    relationships: [...relationships.values()].filter((r) => nodes.has(r.source) && nodes.has(r.target)),
    truncated: raw.truncated,
  };
}
