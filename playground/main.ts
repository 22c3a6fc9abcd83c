// The playground page (index.html): an editor with line numbers, Run, and an output
// pane. Everything runs in the page: erlts's compiler compiles the module, the runtime
// runs the chosen function of arity 0 in a fresh node (session.ts).
import { runModule, type Stdlib } from './session.js';
import { EXAMPLES } from './examples.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>('source');
const gutter = $<HTMLPreElement>('gutter');
const output = $<HTMLPreElement>('output');
const runButton = $<HTMLButtonElement>('run');
const fnInput = $<HTMLInputElement>('fn');
const examples = $<HTMLSelectElement>('examples');
const status = $<HTMLSpanElement>('status');

function renumber(): void {
  const n = source.value.split('\n').length;
  let text = '';
  for (let i = 1; i <= n; i++) text += `${i}\n`;
  gutter.textContent = text;
  gutter.scrollTop = source.scrollTop;
}

source.addEventListener('input', renumber);
source.addEventListener('scroll', () => (gutter.scrollTop = source.scrollTop));
source.addEventListener('keydown', (e) => {
  if (e.key === 'Tab' && !e.shiftKey) {
    e.preventDefault();
    source.setRangeText('    ', source.selectionStart, source.selectionEnd, 'end');
    renumber();
  } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    void run();
  }
});

for (const [i, ex] of EXAMPLES.entries()) {
  const o = document.createElement('option');
  o.value = String(i);
  o.textContent = ex.title;
  examples.append(o);
}
examples.addEventListener('change', () => {
  const ex = EXAMPLES[Number(examples.value)]!;
  source.value = ex.source;
  fnInput.value = ex.fn;
  renumber();
});
source.value = EXAMPLES[0]!.source;
fnInput.value = EXAMPLES[0]!.fn;
renumber();

let stdlib: Stdlib | null = null;

async function run(): Promise<void> {
  if (stdlib === null || runButton.disabled) return;
  runButton.disabled = true;
  output.textContent = '';
  document.body.dataset['status'] = 'running';
  status.textContent = 'running...';
  const t0 = performance.now();
  try {
    const r = await runModule(stdlib, source.value, fnInput.value.trim() || 'main', (t) => output.append(t));
    const ms = Math.round(performance.now() - t0);
    status.textContent = r.status === 'compile_error' ? 'compile errors' : `${r.status} (${ms} ms)`;
    document.body.dataset['status'] = r.status;
  } catch (e) {
    output.append(`playground: internal error: ${(e as Error).message}\n`);
    document.body.dataset['status'] = 'internal_error';
  } finally {
    runButton.disabled = false;
  }
}
runButton.addEventListener('click', () => void run());
$<HTMLButtonElement>('clear').addEventListener('click', () => (output.textContent = ''));

fetch(new URL('stdlib.json', import.meta.url)).then(
  async (r) => {
    stdlib = (await r.json()) as Stdlib;
    runButton.disabled = false;
    status.textContent = 'ready';
    document.body.dataset['ready'] = 'true';
  },
  (e: Error) => {
    status.textContent = `could not load the stdlib: ${e.message}`;
  },
);
