// Where the preprocessor reads forms from: a live Scanner over a file's text, or a
// replay of an earlier scan of the same file (include files are read again and again:
// by every module of a run, and often several times by one module).
//
// A file's scan can be replayed only while the scanner's state would be what it was
// when the scan was recorded: same start location, same reserved words, no relocation.
// So a recording is keyed by the reserved-word set, is committed only once the whole
// file was scanned without a location change, and a replay turns into a live scanner
// (positioned where the recorded form ended) as soon as the preprocessor changes the
// location (`-file`) or the reserved words (`-feature`).
//
// Replayed results are the recorded objects themselves: the preprocessor must not
// change a form's token array (it copies one before passing it on; tokens are immutable).
import { Scanner, type FormScan, type ReservedWords } from './lexer.js';
import type { CompilerHost } from '../host.js';
import type { DecodedSource } from './source-encoding.js';

/** One recorded scan result and the scanner's state after it. */
interface Step {
  r: FormScan;
  pos: number;
  line: number;
  col: number;
  /** What the preprocessor derived from this form once (a parsed -define), for replays. */
  memo?: unknown;
}

export interface CachedFile {
  bytes: Uint8Array;
  decoded: DecodedSource;
  /** Complete recordings by reserved-word set. */
  recordings: Map<ReservedWords, Step[]>;
}

/** Per-run cache, per host (a run reuses a host; a new host starts afresh). */
export interface RunCache {
  files: Map<string, CachedFile>;
  /** Directory listings (host.listDir), as sets; undefined where a dir cannot be listed. */
  listings: Map<string, Set<string> | undefined>;
  /** Where an -include found its file, by include path, directory and name. */
  resolved: Map<string, { name: string; bytes: Uint8Array } | null>;
}

const caches = new WeakMap<CompilerHost, RunCache>();

export function runCache(host: CompilerHost): RunCache {
  let c = caches.get(host);
  if (!c) {
    c = { files: new Map(), listings: new Map(), resolved: new Map() };
    caches.set(host, c);
  }
  return c;
}

export class FormSource {
  private live: Scanner | null = null;
  private replay: Step[] | null = null;
  private index = 0;
  /** The step of the last result, when it is (or will be) recorded: `memo` on it
   * survives into replays. */
  private step: Step | null = null;

  /** Whether results come from a recording (their arrays are shared). */
  get replaying(): boolean {
    return this.replay !== null;
  }

  /** A memo attached to the last form read, if that form is recorded (else undefined,
   * and setting it does nothing). */
  get memo(): unknown {
    return this.step?.memo;
  }
  set memo(v: unknown) {
    if (this.step) this.step.memo = v;
  }
  /** Steps recorded so far (null once recording is abandoned). */
  private recording: Step[] | null = null;
  private lastLine: number;
  private lastCol: number;
  private file: string;

  constructor(
    private readonly cached: CachedFile | null,
    private readonly text: string,
    file: string,
    private reserved: ReservedWords,
    private readonly truncated: boolean,
  ) {
    this.file = file;
    this.lastLine = 1;
    this.lastCol = 1;
    const rec = cached?.recordings.get(reserved);
    if (rec) {
      this.replay = rec;
    } else {
      this.live = this.newScanner(0, 1, 1);
      if (cached) this.recording = [];
    }
  }

  private newScanner(pos: number, line: number, col: number): Scanner {
    const s = new Scanner(this.text, this.file, line, col, this.truncated);
    s.pos = pos;
    s.reserved = this.reserved;
    return s;
  }

  /** The location the next scan starts from. */
  get line(): number {
    return this.live ? this.live.line : this.lastLine;
  }
  get col(): number {
    return this.live ? this.live.col : this.lastCol;
  }

  next(): FormScan {
    if (this.replay) {
      const step = this.replay[this.index];
      this.step = step ?? null;
      if (step === undefined) return { kind: 'eof' };
      this.index++;
      this.lastLine = step.line;
      this.lastCol = step.col;
      return step.r;
    }
    const sc = this.live!;
    const r = sc.scanForm();
    this.step = null;
    if (this.recording) {
      this.step = { r, pos: sc.pos, line: sc.line, col: sc.col };
      this.recording.push(this.step);
      if (r.kind === 'eof' && this.cached) {
        this.cached.recordings.set(this.reserved, this.recording);
        this.recording = null;
      }
    }
    return r;
  }

  /** Continue live from where the replay is. */
  private goLive(): Scanner {
    if (this.live) return this.live;
    const prev = this.index > 0 ? this.replay![this.index - 1]! : null;
    this.live = prev ? this.newScanner(prev.pos, prev.line, prev.col) : this.newScanner(0, 1, 1);
    this.replay = null;
    return this.live;
  }

  /** Move to another location (after `-file`). */
  setLocation(line: number, col: number): void {
    this.recording = null;
    this.goLive().setLocation(line, col);
  }

  /** Change the file name given to the tokens from now on (after `-file`). */
  setFile(file: string): void {
    this.recording = null;
    this.file = file;
    this.goLive().file = file;
  }

  setReserved(reserved: ReservedWords): void {
    if (reserved === this.reserved) return;
    this.reserved = reserved;
    this.recording = null;
    this.goLive().reserved = reserved;
  }

  /** Force the location epp is at after an `invalid` result (its continuation). */
  stop(line: number, col: number): void {
    this.recording = null;
    const sc = this.goLive();
    sc.pos = Number.MAX_SAFE_INTEGER;
    sc.setLocation(line, col);
  }
}
