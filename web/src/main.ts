// The explorer page: wires the data controller, sigma, the panels and the URL.
import './styles.css';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import type { FacetsResponse, QueryResponse } from '../../src/server/api-types';
import { api, ApiFailure } from './api';
import { fillGraph, fetchGraph, typeCounts, type EdgeAttrs, type ExplorerGraph, type NodeAttrs } from './data';
import { byId, clear, el } from './dom';
import { bindGraphEvents } from './events';
import { mountCypher } from './panels/cypher';
import { renderDisagreements } from './panels/disagreements';
import { renderEntity, renderEntityError, renderEntityLoading } from './panels/entity';
import { renderFactTable } from './panels/table';
import { renderFilters } from './panels/filters';
import { renderLegend } from './panels/legend';
import { mountSearch } from './panels/search';
import { attachCameraControl, type CameraControl } from './camera';
import { FrameCostMeter } from './frame-cost';
import { MOTION_LOD_MIN_NODES, needsMotionLod, trackMotion, type MotionState } from './motion';
import { emptyInteraction, makeReducers, neighborsOf } from './settings';
import { decodeView, encodeView, filterParams, VIEWS, type FilterState, type ViewName, type ViewState } from './url';
import { hasWebGL } from './webgl';
import { applyQueryResult, clearQueryResult, isQueryKey, summarize as summarizeOverlay, type OverlaySummary, type QueryOverlay } from './query-overlay';

type PageState = 'loading' | 'ready' | 'empty' | 'error' | 'nowebgl';

/** Read by the end-to-end tests and the bench; nothing in the page depends on it. */
interface PageProbe {
  sigma: Sigma<NodeAttrs, EdgeAttrs> | null;
  graph: ExplorerGraph;
  firstRenderMs: number | null;
  renders: number;
  /** level of detail while the camera moves (the bench switches it off to compare) */
  motion: MotionState;
  /** large graphs move as a picture while a gesture lasts (the bench switches it off to compare) */
  camera: CameraControl | null;
}
declare global {
  interface Window {
    simpul: PageProbe;
  }
}

const view: ViewState = decodeView(location.search);
const interaction = emptyInteraction();
const motion: MotionState = { enabled: true, moving: false, kept: null };
let graph: ExplorerGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
let sigma: Sigma<NodeAttrs, EdgeAttrs> | null = null;
let cameraControl: CameraControl | null = null;
const frameCost = new FrameCostMeter();
let facets: FacetsResponse | null = null;
let graphRequest = 0;
let queryOverlay: QueryOverlay | null = null;
/** the answer drawn now: drawn again on the new graph when filters reload it */
let queryAnswer: QueryResponse | null = null;
/** the camera frames a new answer when the graph is next shown */
let fitAnswerPending = false;
const probe: PageProbe = { sigma: null, graph, firstRenderMs: null, renders: 0, motion, camera: null };
window.simpul = probe;

const statusEl = byId('status');
const panelEl = byId('entity-panel');

function setState(state: PageState, message = '', retry?: () => void): void {
  document.body.dataset.state = state;
  clear(statusEl);
  statusEl.className = `status status-${state}`;
  if (message) statusEl.appendChild(el('p', {}, message));
  if (retry) statusEl.appendChild(el('button', { type: 'button', onclick: retry }, 'Try again'));
  statusEl.hidden = state === 'ready';
}

function saveUrl(): void {
  const cam = sigma?.getCamera().getState();
  const next = encodeView({ ...view, camera: cam ? { x: cam.x, y: cam.y, ratio: cam.ratio } : view.camera });
  if (next !== location.search) history.replaceState(null, '', next || location.pathname);
}

function filtersActive(f: FilterState): boolean {
  return Object.keys(filterParams(f)).length > 0;
}

function updateCounts(total: { nodes: number; edges: number; truncated: boolean }): void {
  byId('counts').textContent = `${graph.order.toLocaleString('en')} nodes · ${graph.size.toLocaleString('en')} edges shown` +
    (filtersActive(view.filters) || total.truncated ? ` (of ${total.nodes.toLocaleString('en')} nodes matching)` : '');
  renderLegend(byId('legend'), typeCounts(graph));
  if (facets) renderFilters(byId('filters'), facets, view.filters, typeCounts(graph), { onChange: applyFilters });
}

async function loadGraph(): Promise<void> {
  const mine = ++graphRequest;
  setState('loading', 'Loading the graph…');
  try {
    const data = await fetchGraph(view.filters);
    if (mine !== graphRequest) return;
    // marks for the bench: where the wait before the first drawing goes
    performance.mark('simpul:graph-fetched');
    const next = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
    fillGraph(next, data);
    performance.mark('simpul:graph-filled');
    graph = next;
    probe.graph = next;
    if (sigma) {
      sigma.setSetting('hideEdgesOnMove', next.size > 10000);
      sigma.setSetting('hideLabelsOnMove', next.order > MOTION_LOD_MIN_NODES);
      // small graphs: name every node; large ones: only the nodes big enough on screen
      sigma.setSetting('labelRenderedSizeThreshold', next.order <= 300 ? 0 : 7);
      // drawing order by zIndex sorts every node and edge on each refresh:
      // measured ≈0.3 s of the first render at 20k/50k, so big graphs skip it
      // (a lit neighbourhood may then sit under faded nodes)
      sigma.setSetting('zIndex', next.order <= MOTION_LOD_MIN_NODES);
      frameCost.reset();
      sigma.setGraph(next);
    }
    interaction.selectedNeighbors = interaction.selectedNode ? neighborsOf(graph, interaction.selectedNode) : null;
    updateCounts({ nodes: data.totalNodes, edges: data.totalEdges, truncated: data.truncated });
    if (queryAnswer) {
      const keepFit = fitAnswerPending;
      markQueryResult(queryAnswer);
      fitAnswerPending = keepFit;
    }
    if (graph.order === 0) {
      setState('empty', filtersActive(view.filters) ? 'Nothing matches these filters.' : 'The graph is empty: load some articles first (npx simpul build seeds).');
    } else {
      setState(sigma ? 'ready' : 'nowebgl', sigma ? '' : noWebGLMessage);
    }
  } catch (err) {
    if (mine !== graphRequest) return;
    setState('error', `Could not load the graph: ${err instanceof Error ? err.message : String(err)}`, () => void loadGraph());
  }
}

function applyFilters(filters: FilterState): void {
  view.filters = filters;
  saveUrl();
  void loadGraph();
  if (view.view === 'table') void showTable();
  if (view.view === 'disagreements') void showDisagreements();
}

function moveCameraTo(id: string): void {
  if (!sigma || !graph.hasNode(id)) return;
  const d = sigma.getNodeDisplayData(id);
  if (!d) return;
  cameraControl?.animateTo({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.35) }, 400);
}

async function select(id: string | null, opts: { moveCamera?: boolean } = {}): Promise<void> {
  interaction.selectedNode = id;
  interaction.selectedNeighbors = id ? neighborsOf(graph, id) : null;
  view.selected = id;
  sigma?.refresh({ skipIndexation: true });
  saveUrl();
  if (!id) {
    panelEl.hidden = true;
    return;
  }
  if (opts.moveCamera) moveCameraTo(id);
  renderEntityLoading(panelEl, id);
  const handlers = { onNavigate: (other: string) => void select(other, { moveCamera: true }), onClose: () => void select(null) };
  try {
    const detail = await api.entity(id);
    if (view.selected !== id) return;
    renderEntity(panelEl, detail, handlers);
  } catch (err) {
    if (view.selected !== id) return;
    renderEntityError(panelEl, err instanceof ApiFailure && err.status === 404 ? `No entity ${id} in the store.` : `Could not load ${id}: ${err instanceof Error ? err.message : String(err)}`, handlers);
  }
}

async function showTable(): Promise<void> {
  const root = byId('view-table');
  clear(root);
  root.appendChild(el('p', { class: 'muted' }, 'Loading facts…'));
  try {
    const res = await api.facts({ limit: '5000', ...filterParams(view.filters) });
    renderFactTable(root, res.claims, res.truncated, (id) => void select(id));
  } catch (err) {
    clear(root);
    root.appendChild(el('p', { class: 'error' }, `Could not load facts: ${err instanceof Error ? err.message : String(err)}`));
  }
}

async function showDisagreements(): Promise<void> {
  const root = byId('view-disagreements');
  clear(root);
  root.appendChild(el('p', { class: 'muted' }, 'Looking for disagreements…'));
  try {
    const res = await api.disagreements(filterParams(view.filters));
    renderDisagreements(root, res.groups, (id) => void select(id));
  } catch (err) {
    clear(root);
    root.appendChild(el('p', { class: 'error' }, `Could not load disagreements: ${err instanceof Error ? err.message : String(err)}`));
  }
}

async function showCypher(): Promise<void> {
  const root = byId('view-cypher');
  try {
    const lib = await api.queries();
    mountCypher(root, lib.queries, { onResult: markQueryResult, onShowGraph: () => showView('graph'), onClear: clearQueryMarks });
  } catch (err) {
    clear(root);
    root.appendChild(el('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
}

/** Draws a Cypher answer: marks what is drawn, adds the rest, fades everything else. */
function markQueryResult(result: QueryResponse): OverlaySummary {
  clearQueryMarks();
  const overlay = applyQueryResult(graph, result);
  const summary = summarizeOverlay(overlay);
  if (summary.nodes + summary.edges > 0) {
    queryOverlay = overlay;
    queryAnswer = result;
    fitAnswerPending = true;
    interaction.marked = overlay.nodes;
    interaction.markedEdges = overlay.edges;
    renderLegend(byId('legend'), typeCounts(graph), { summary, onClear: clearQueryMarks });
  }
  sigma?.refresh();
  return summary;
}
function clearQueryMarks(): void {
  if (queryOverlay) clearQueryResult(graph, queryOverlay);
  queryOverlay = null;
  queryAnswer = null;
  fitAnswerPending = false;
  interaction.marked = null;
  interaction.markedEdges = null;
  renderLegend(byId('legend'), typeCounts(graph));
  sigma?.refresh();
}

function showView(name: ViewName): void {
  view.view = name;
  for (const v of VIEWS) {
    byId(`view-${v}`).hidden = v !== name;
    document.querySelector(`#views [data-view="${v}"]`)?.setAttribute('aria-pressed', String(v === name));
  }
  saveUrl();
  if (name === 'table') void showTable();
  if (name === 'disagreements') void showDisagreements();
  if (name === 'cypher') void showCypher();
  if (name === 'graph') {
    sigma?.refresh();
    if (fitAnswerPending && queryOverlay && cameraControl?.fitTo(queryOverlay.nodes, 500)) fitAnswerPending = false;
  }
}

/** A full frame slower than this cannot follow the pointer (under 25 frames a
 * second): the camera then moves the drawn picture and hover waits for the
 * pointer to rest. SwiftShader passes it near 1,000 nodes; a GPU much later. */
const SLOW_FRAME_MS = 40;
/** slow frames: the pointer rests this long on a node before its neighbourhood lights */
const HOVER_REST_MS_SLOW = 150;

/** Can sigma not redraw at the pace of the pointer? Measured once frames have
 * been drawn; before that, guessed from the graph's size. */
function framesAreSlow(): boolean {
  const cost = frameCost.typical();
  return cost === null ? needsMotionLod(graph.order, graph.size) : cost > SLOW_FRAME_MS;
}

const noWebGLMessage = 'This browser cannot draw the graph because WebGL is off or missing. The fact table and the disagreement view still work.';

function createSigma(): void {
  const container = byId('sigma-container');
  try {
    sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
      edgeProgramClasses: {
        arrow: EdgeArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
        curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
        line: EdgeLineProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      },
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.5,
      edgeLabelSize: 11,
      zIndex: true,
      // the graph view is hidden (zero-sized) while the table or disagreements show
      allowInvalidContainer: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      ...makeReducers(() => graph, interaction, motion),
    });
  } catch (err) {
    sigma = null;
    setState('nowebgl', `${noWebGLMessage} (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  probe.sigma = sigma;
  // the side panel opening or closing resizes the graph without a window resize
  const resized = sigma;
  new ResizeObserver(() => {
    if (container.offsetWidth > 0 && container.offsetHeight > 0) resized.refresh({ skipIndexation: true });
  }).observe(container);
  frameCost.attach(sigma);
  const control = attachCameraControl(sigma, { moveAsPicture: framesAreSlow });
  cameraControl = control;
  probe.camera = control;
  bindGraphEvents(sigma, interaction, {
    // articles and claims a query added have no entity panel: their label says what they are
    onSelect: (id) => {
      if (id === null || !isQueryKey(id)) void select(id);
    },
    takeDragClick: () => control.takeDragClick(),
    hoverRestMs: () => (framesAreSlow() ? HOVER_REST_MS_SLOW : 0),
  });
  trackMotion(sigma, motion, undefined, () => control.committing());
  let timer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on('updated', () => {
    clearTimeout(timer);
    timer = setTimeout(saveUrl, 250);
  });
  sigma.on('afterRender', () => {
    probe.renders++;
    if (probe.firstRenderMs === null && graph.order > 0) probe.firstRenderMs = performance.now();
  });
}

async function boot(): Promise<void> {
  mountSearch(byId('search'), {
    onChoose: (hit) => {
      if (view.view !== 'graph') showView('graph');
      void select(hit.id, { moveCamera: true });
    },
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views [data-view]')) {
    button.addEventListener('click', () => showView(button.dataset.view as ViewName));
  }
  if (hasWebGL()) createSigma();
  else setState('nowebgl', noWebGLMessage);

  // the graph is what the user waits for: ask for it first, the rest alongside.
  // (Asking before sigma's WebGL set-up was measured slower at 20k/50k: the
  // shader compiling in SwiftShader then competes with parsing the answer.)
  const graphLoaded = loadGraph();
  void api
    .health()
    .then((health) => {
      if (health.readQuery) byId('views').querySelector<HTMLElement>('[data-view="cypher"]')!.hidden = false;
    })
    .catch(() => undefined);
  void api
    .facets()
    .then((f) => {
      facets = f;
      renderFilters(byId('filters'), f, view.filters, typeCounts(graph), { onChange: applyFilters });
    })
    .catch((err) => {
      const root = byId('filters');
      clear(root);
      root.appendChild(el('p', { class: 'error' }, `Filters unavailable: ${err instanceof Error ? err.message : String(err)}`));
    });
  await graphLoaded;
  if (view.camera) cameraControl?.jumpTo(view.camera);
  if (view.selected) await select(view.selected, { moveCamera: !view.camera });
  showView(view.view);
}

void boot();
