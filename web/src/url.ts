// Deep links: the URL's query string holds the view, filters, selection and
// camera, so a view can be shared. Pure functions (tested in test/web).
import { ENTITY_TYPES, MODALITIES, PREDICATES, type EntityType, type Modality, type Predicate } from '../../src/extract/types';

export type ViewName = 'graph' | 'table' | 'disagreements' | 'cypher';
export const VIEWS: readonly ViewName[] = ['graph', 'table', 'disagreements', 'cypher'];

export interface FilterState {
  types: EntityType[];
  predicates: Predicate[];
  outlets: string[];
  modalities: Modality[];
  from: string;
  to: string;
  hideIsolated: boolean;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  view: ViewName;
  filters: FilterState;
  selected: string | null;
  camera: CameraView | null;
}

export function emptyFilters(): FilterState {
  return { types: [], predicates: [], outlets: [], modalities: [], from: '', to: '', hideIsolated: false };
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function list<T extends string>(raw: string | null, allowed?: readonly T[]): T[] {
  if (!raw) return [];
  const values = raw.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const kept = allowed ? values.filter((v): v is T => (allowed as readonly string[]).includes(v)) : (values as T[]);
  return [...new Set(kept)].sort();
}

/** Reads a view from a query string; anything malformed is dropped, never thrown. */
export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const view = (VIEWS as readonly string[]).includes(p.get('view') ?? '') ? (p.get('view') as ViewName) : 'graph';
  const from = p.get('from') ?? '';
  const to = p.get('to') ?? '';
  const filters: FilterState = {
    types: list(p.get('types'), ENTITY_TYPES),
    predicates: list(p.get('predicates'), PREDICATES),
    modalities: list(p.get('modalities'), MODALITIES),
    outlets: list(p.get('outlets')),
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    hideIsolated: p.get('hideIsolated') === '1',
  };
  const selected = p.get('node');
  let camera: CameraView | null = null;
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0) camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  return { view, filters, selected: selected && selected.length <= 240 ? selected : null, camera };
}

const fixed = (v: number, digits: number) => String(Number(v.toFixed(digits)));

export function encodeView(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view !== 'graph') p.set('view', state.view);
  const f = state.filters;
  if (f.types.length) p.set('types', [...f.types].sort().join(','));
  if (f.predicates.length) p.set('predicates', [...f.predicates].sort().join(','));
  if (f.modalities.length) p.set('modalities', [...f.modalities].sort().join(','));
  if (f.outlets.length) p.set('outlets', [...f.outlets].sort().join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.hideIsolated) p.set('hideIsolated', '1');
  if (state.selected) p.set('node', state.selected);
  if (state.camera) p.set('cam', [fixed(state.camera.x, 4), fixed(state.camera.y, 4), fixed(state.camera.ratio, 4)].join(','));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The API query string for a filter state (only what is set). */
export function filterParams(f: FilterState): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.types.length) out.types = f.types.join(',');
  if (f.predicates.length) out.predicates = f.predicates.join(',');
  if (f.modalities.length) out.modalities = f.modalities.join(',');
  if (f.outlets.length) out.outlets = f.outlets.join(',');
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.hideIsolated) out.hideIsolated = 'true';
  return out;
}
