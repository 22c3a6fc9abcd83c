// The `rt` object compiled modules receive: everything generated code calls that is
// not plain JS. Kept as one object with stable shape; compiled code copies the hot
// members (S, NIL, Cons, SUSP, CallFrame) into module-level constants.
//
// Suspension points (`yieldAt`, `recvWait`) start a capture: they put the
// innermost frame in `S.frames` and return the sentinel `SUSPENDED`, which compiled
// code passes up (state.ts). `callNoYield` runs Erlang code from a native function in a
// non-suspendable region, so the sentinel can never reach native code as a value.
import { ErlangError } from '../term/errors.js';
import { etfHooks } from '../term/etf.js';
import { Cons, Float, Fun, LOCAL_NODE, NIL, Pid, type Term } from '../term/types.js';
import { ErlMap, mapFromPairs } from '../term/map.js';
import { Bitstring } from '../term/bitstring.js';
import * as bits from './bits.js';
import { compare, eq, exactEq } from '../term/compare.js';
import { fromString, toArrayOrUndefined } from '../term/list.js';
import { phash2 } from '../term/hash.js';
import { nativeFunction } from '../bifs/registry.js';
import { BUDGET, CallFrame, CallFrame1, CallFrame2, CallFrame3, CallFrameN, CatchFrame, EntryFrame, RECV_TIMEOUT, S, SUSPENDED, TryFrame, WaitFrame } from './state.js';
import type { Process } from '../proc/process.js';
import { caught, catchValue, fail, fnClause, guardFailed, nativeError, raise } from './errors.js';
import { buildStack, rawOf, listOf } from './stack.js';
import { type CodeServer, type ErlFn, type ModRef, undefError } from './code-server.js';

export type Rt = ReturnType<typeof makeRt>;

/** The end of a receive's scan (never a term). */
const NOMSG: Term = Object.freeze({ nomsg: true }) as unknown as Term;
const WAIT_FOREVER = new WaitFrame(null);

// A `fun M:F/A` decoded by binary_to_term or from another node calls M:F through the
// code of the process that calls it.
etfHooks.exportFn = (m, f, a) =>
  ((...args: Term[]) =>
    (S.proc as unknown as Process).sched.rt.callMFA(m, f, args.length > a ? args.slice(0, a) : args)) as (...args: never[]) => unknown;

export function makeRt(cs: CodeServer) {
  let sendBif: ErlFn | undefined;
  const callMFA = (m: Term, f: Term, args: Term[]): Term => {
    if (typeof m !== 'string' || typeof f !== 'string') {
      if (typeof m === 'boolean' && typeof f === 'string') return cs.resolve(cs.modRef(String(m)), f, args.length)(...(args as never[]));
      throw fail('badarg');
    }
    // the ModRef's cache first, as compiled remote calls do (resolve fills it)
    const ref = cs.modRef(m);
    const fn = ref.e[`${f}/${args.length}`] ?? cs.resolve(ref, f, args.length);
    return fn(...(args as never[]));
  };
  const exportFn = (m: string, f: string, a: number) =>
    ((...args: Term[]) => callMFA(m, f, args.length > a ? args.slice(0, a) : args)) as (...args: never[]) => unknown;
  const applyFun = (f: Term, args: Term[]): Term => {
    if (f instanceof Fun) {
      if (f.arity !== args.length) throw fail(['badarity', [f, listOf(args)]]);
      if (f.fn === null) throw undefError(f.module, f.name, args);
      return (f.fn as (...a: Term[]) => Term)(...args, f);
    }
    throw fail(['badfun', f]);
  };
  const rt = {
    S,
    NIL,
    Cons,
    Float,
    Fun,
    ErlMap,
    SUSP: SUSPENDED,
    CallFrame,
    CallFrame1,
    CallFrame2,
    CallFrame3,
    CallFrameN,
    TryFrame,
    CatchFrame,
    fromString,
    compare,
    exactEq,
    eq,
    caught,
    catchValue,
    fail,
    fnClause,
    raise,
    rawOf,
    buildStack: (r: Term) => buildStack(r as never),
    guardFailed,
    /** Marks a failed `eval` decision (never a term). */
    EVAL_FAILED: Symbol('eval failed') as unknown as Term,
    /** Called when the budget ran out: true if the code must yield now; in a
     * non-suspendable region, refills the budget and answers false (the code goes on). */
    mustYield(): boolean {
      if (S.noYield === 0) return true;
      S.reds = BUDGET;
      return false;
    },
    /** A capture at a non-tail call site: push the frame that resumes it, answer the
     * sentinel (`if (x === SUSP) return F1(R3, v);`: shorter code than the statement it
     * stands for, which keeps small functions within what V8 inlines). */
    F0(resume: ErlFn): Term {
      S.frames.push(new CallFrame(resume as never));
      return SUSPENDED;
    },
    F1(resume: ErlFn, a: Term): Term {
      S.frames.push(new CallFrame1(resume as never, a));
      return SUSPENDED;
    },
    F2(resume: ErlFn, a: Term, b: Term): Term {
      S.frames.push(new CallFrame2(resume as never, a, b));
      return SUSPENDED;
    },
    F3(resume: ErlFn, a: Term, b: Term, c: Term): Term {
      S.frames.push(new CallFrame3(resume as never, a, b, c));
      return SUSPENDED;
    },
    /** Starts a capture whose innermost frame re-enters `fn(...args)`. */
    yieldAt(fn: ErlFn, args: Term[]): Term {
      S.frames.push(new EntryFrame(fn, args));
      return SUSPENDED;
    },
    /** Calls an Erlang fun from native code and returns its value: no capture can
     * happen inside (a receive that would wait raises instead). */
    callNoYield(f: Term, args: Term[]): Term {
      S.noYield++;
      let r: Term;
      try {
        r = applyFun(f, args);
      } finally {
        S.noYield--;
      }
      if (r === SUSPENDED) {
        S.frames = [];
        throw fail(['erlts_cannot_wait_in_native', f]);
      }
      return r;
    },
    modRef: (name: string): ModRef => cs.modRef(name),
    resolve: (ref: ModRef, name: string, arity: number): ErlFn => cs.resolve(ref, name, arity),
    /** A BIF bound once at load; resolved lazily if not registered yet. */
    bif(mod: string, name: string, arity: number): ErlFn {
      // Natives are registered before any module loads: bind the wrapped native itself.
      const direct = cs.lookup(mod, name, arity);
      if (direct !== undefined) return direct;
      let f: ErlFn | undefined;
      return ((...args: Term[]) => (f ??= cs.lookup(mod, name, arity) ?? cs.resolve(cs.modRef(mod), name, arity))(...(args as never[]))) as ErlFn;
    },
    /** An operator BEAM evaluates without a BIF frame of its own (`/`, `A + 1`, unary
     * `+`): its errors show the calling function on top, at the operator's line. */
    bareOp(mod: string, name: string, arity: number): ErlFn {
      let f: ErlFn | undefined;
      return ((...args: Term[]) => {
        f ??= nativeFunction(mod, name, arity) as ErlFn | undefined;
        if (!f) throw new ErlangError('error', 'undef');
        try {
          return f(...(args as never[]));
        } catch (e) {
          throw caught(e);
        }
      }) as ErlFn;
    },
    /** The raw native for guards: errors only make the guard fail, no stack needed. */
    guardBif(mod: string, name: string, arity: number): ErlFn {
      // Bound once (natives are registered before any module loads), not looked up per call.
      const f = nativeFunction(mod, name, arity);
      if (f !== undefined) return f as ErlFn;
      return ((...args: Term[]) => {
        const g = nativeFunction(mod, name, arity);
        if (!g) throw new ErlangError('error', 'undef');
        return g(...args);
      }) as ErlFn;
    },
    callMFA,
    applyFun,
    applyMFA(m: Term, f: Term, args: Term): Term {
      const a = toArrayOrUndefined(args);
      // BEAM blames erlang:apply/3 itself: {erlang, apply, [M, F, Args], [{error_info, ...}]}.
      if (!a) throw nativeError(new ErlangError('error', 'badarg'), 'erlang', 'apply', [m, f, args]);
      return callMFA(m, f, a);
    },
    applyFunList(f: Term, args: Term): Term {
      const a = toArrayOrUndefined(args);
      if (!a) throw nativeError(new ErlangError('error', 'badarg'), 'erlang', 'apply', [f, args]);
      return applyFun(f, a);
    },
    undefLocal(mod: string, name: string, args: Term[]): never {
      throw undefError(mod, name, args);
    },
    makeExportFun(m: Term, f: Term, a: Term): Fun {
      if (typeof m !== 'string' || typeof f !== 'string' || typeof a !== 'number' || a < 0 || a > 255) throw fail('badarg');
      return new Fun(m, f, a, exportFn(m, f, a));
    },
    exportFn,
    funUniq(mod: string, index: number): number {
      return phash2([mod, index]);
    },
    mapNew(kv: Term[]): ErlMap {
      const pairs: [Term, Term][] = [];
      for (let i = 0; i < kv.length; i += 2) pairs.push([kv[i]!, kv[i + 1]!]);
      return mapFromPairs(pairs);
    },
    mapPut(m: Term, kv: Term[]): ErlMap {
      if (!(m instanceof ErlMap)) throw fail(['badmap', m]);
      for (let i = 0; i < kv.length; i += 2) m = (m as ErlMap).put(kv[i]!, kv[i + 1]!);
      return m as ErlMap;
    },
    mapUpdate(m: Term, kv: Term[]): ErlMap {
      if (!(m instanceof ErlMap)) throw fail(['badmap', m]);
      for (let i = 0; i < kv.length; i += 2) {
        if (!(m as ErlMap).has(kv[i]!)) throw fail(['badkey', kv[i]!]);
        m = (m as ErlMap).put(kv[i]!, kv[i + 1]!);
      }
      return m as ErlMap;
    },
    recordCheck(v: Term, name: Term, size: Term): Term {
      if (Array.isArray(v) && v.length === size && v[0] === name) return v;
      throw fail(['badrecord', v]); // OTP 25: the value, not the record name
    },
    bitsConst(bytes: number[], bitSize: number): Bitstring {
      return new Bitstring(Uint8Array.from(bytes), 0, bitSize);
    },
    /** A failing construction shows the function building it, at the `<<>>` line:
     * the stack is captured here, while that function is still on the JS stack. */
    binBuild(segs: readonly unknown[]): Bitstring {
      try {
        return bits.binBuild(segs);
      } catch (e) {
        const ee = caught(e);
        const cause = bits.binCauses.get(ee);
        if (cause) {
          const info = mapFromPairs([
            ['cause', cause as Term],
            ['function', 'format_bs_fail'],
            ['module', 'erl_erts_errors'],
          ]);
          rawOf(ee).topExtra.push(['error_info', info]);
        }
        throw ee;
      }
    },
    binStart: bits.binStart,
    binSeg: bits.binSeg,
    binRest: bits.binRest,
    binEnd: bits.binEnd,
    /** A receive timeout: ms, or null for `infinity`; `timeout_value` otherwise. */
    timeoutValue(t: Term): number | null {
      if (t === 'infinity') return null;
      if (typeof t === 'number' && t >= 0) return t;
      if (typeof t === 'bigint' && t > 0n && t <= 0xffffffffn) return Number(t);
      throw fail('timeout_value');
    },
    /** `Dest ! Msg`: a pid inline, anything else (names, errors) through send/2. */
    send(d: Term, m: Term): Term {
      if (d instanceof Pid) {
        const sched = (S.proc as unknown as Process).sched;
        const q = sched.lookup(d);
        if (q !== null) sched.deliver(q, m);
        // another node's pid (lookup found nothing): distribution, in the BIF
        else if (d.node !== LOCAL_NODE) return (sendBif ??= cs.lookup('erlang', 'send', 2)!)(d as never, m as never);
        return m;
      }
      return (sendBif ??= cs.lookup('erlang', 'send', 2)!)(d as never, m as never);
    },
    // ---- receive (runtime/proc/process.ts describes the mailbox and save pointer)
    /** What `recvNext` returns when the scan reached the end of the queue. */
    NOMSG,
    RECV_TIMEOUT,
    /** Starts a receive: the scan begins at the queue's head, or after the mark when
     * every clause needs `ref` in the message and `ref` is the process's newest. */
    recvStart(ref?: Term): void {
      const p = S.proc as unknown as Process;
      p.save = ref !== undefined && p.markRef === ref && p.markNode !== null ? p.markNode : p.head;
    },
    /** The next message to look at, or NOMSG. */
    recvNext(): Term {
      const n = (S.proc as unknown as Process).save.next;
      return n === null ? NOMSG : n.msg;
    },
    /** The message looked at matches no clause: it stays, the scan goes on. */
    recvSkip(): void {
      const p = S.proc as unknown as Process;
      p.save = p.save.next!;
    },
    /** The message looked at matched: remove it; the receive is over. */
    recvAccept(): void {
      const p = S.proc as unknown as Process;
      p.removeAfter(p.save);
      p.endReceive();
    },
    /** The receive's `after` runs: the scan is over. */
    recvTimeout(): void {
      (S.proc as unknown as Process).endReceive();
    },
    /** No message matched: wait (`ms` null: no timeout). Starts a capture; the caller
     * pushes the frame that resumes the receive. */
    recvWait(ms: number | null): Term {
      S.frames.push(ms === null ? WAIT_FOREVER : new WaitFrame(ms));
      return SUSPENDED;
    },
  };
  return rt;
}
