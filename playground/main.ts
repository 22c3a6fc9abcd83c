// The playground page (index.html): an editor with line numbers, Run, and an output
// pane. Everything runs in the page: erlts's compiler compiles the module, the runtime
// runs the chosen function of arity 0 in a fresh node (session.ts).
import { runModule, startShell, type ShellSession, type Stdlib } from './session.js';
import { EXAMPLES } from './examples.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>('source');
const gutter = $<HTMLPreElement>('gutter');
const output = $<HTMLPreElement>('output');
const runButton = $<HTMLButtonElement>('run');
const fnInput = $<HTMLInputElement>('fn');
const examples = $<HTMLSelectElement>('examples');
const status = $<HTMLSpanElement>('status');
const shellPane = $<HTMLPreElement>('shell');
const shellInput = $<HTMLInputElement>('shell-input');

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
let shell: ShellSession | null = null;

/** A fresh shell node (one node runs at a time: Run stops the shell, then starts a new
 * one with the module loaded). */
function newShell(source: string | null): void {
  if (stdlib === null) return;
  const s = startShell(stdlib, source, (t) => {
    shellPane.append(t);
    shellPane.scrollTop = shellPane.scrollHeight;
  });
  shell = s;
  void s.done.then(() => {
    if (shell === s) shellPane.append('\n(the shell has ended: Run starts a new one)\n');
  });
}

shellInput.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || shell === null) return;
  const line = shellInput.value;
  shellInput.value = '';
  // Input from a pipe is not echoed by the node: the pane shows what was typed.
  shellPane.append(`${line}\n`);
  shell.send(line);
});

async function run(): Promise<void> {
  if (stdlib === null || runButton.disabled) return;
  runButton.disabled = true;
  output.textContent = '';
  shell?.stop();
  shell = null;
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
    shellPane.textContent = '';
    newShell(source.value);
    runButton.disabled = false;
  }
}
runButton.addEventListener('click', () => void run());
$<HTMLButtonElement>('clear').addEventListener('click', () => (output.textContent = ''));

fetch(new URL('stdlib.json', import.meta.url)).then(
  async (r) => {
    stdlib = (await r.json()) as Stdlib;
    newShell(null);
    runButton.disabled = false;
    status.textContent = 'ready';
    document.body.dataset['ready'] = 'true';
  },
  (e: Error) => {
    status.textContent = `could not load the stdlib: ${e.message}`;
  },
);
