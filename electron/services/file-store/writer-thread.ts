import { Worker } from 'node:worker_threads';
import type { FileStamp } from './fs-utils.js';

/*
 * Why a thread of its own: a durable write through fs.promises is a chain of
 * hops (open, write, fsync with stat, close, rename, folder fsync), and each
 * hop waits for this thread to pick up the last one's result. A save validates
 * the programme while its temp file is written; with the hops on this thread
 * the write stood still for the whole validation (0.3-0.8 ms), so a save cost
 * twice the durable write itself. The writer thread runs the system calls back
 * to back (synchronous fs calls) and answers once per step, so the disk and
 * the validation really overlap. The steps of one write are messages handled
 * in order: open (check and link the previous version, create the temp file)
 * goes out before the text is even serialised, then write, then commit (rename
 * and folder fsync) or abort.
 *
 * The code is a string (CommonJS, evaluated by the Worker) so it runs the same
 * from the bundle in out/main, from TypeScript under vitest and tsx, and
 * packaged, with no second entry point to build.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const writes = new Map();
// Tests ask for the system calls each request made (what strace would show).
let tracing = false;
let trace = [];
function note(line) {
  if (tracing) trace.push(line);
}
function sameStamp(stats, stamp) {
  return stats.mtimeMs === stamp.mtimeMs && stats.size === stamp.size && stats.ino === stamp.ino;
}
function syncDir(dir) {
  const fd = fs.openSync(dir, 'r');
  try { fs.fsyncSync(fd); note('fsync ' + dir); } finally { fs.closeSync(fd); }
}
function closeQuietly(fd) {
  try { fs.closeSync(fd); } catch {}
}
function open({ write, temp, keep }) {
  const state = { temp, keep, fd: undefined, skipped: undefined, error: undefined };
  writes.set(write, state);
  try {
    if (keep) {
      let current;
      try { current = fs.statSync(keep.current); } catch (error) { if (error.code !== 'ENOENT') throw error; }
      if (!current || !sameStamp(current, keep.ifStamp)) { state.skipped = 'changed'; return; }
      try {
        fs.linkSync(keep.current, keep.as);
        note('link ' + keep.current + ' ' + keep.as);
        state.linked = true;
      } catch (error) {
        if (error.code !== 'EEXIST') { state.skipped = 'link'; return; }
      }
    }
    state.fd = fs.openSync(temp, 'wx', 0o600);
    note('open ' + temp);
  } catch (error) {
    state.error = error;
  }
}
function write({ write, text }) {
  const state = writes.get(write);
  if (state.error) throw state.error;
  if (state.skipped) return { skipped: state.skipped };
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  for (let at = 0; at < bytes.length; ) {
    const written = fs.writeSync(state.fd, bytes, at, bytes.length - at, at);
    if (written === 0) throw new Error('short write: ' + at + ' of ' + bytes.length + ' bytes');
    at += written;
  }
  const stats = fs.fstatSync(state.fd);
  fs.fsyncSync(state.fd);
  note('fsync ' + state.temp);
  fs.closeSync(state.fd);
  state.fd = undefined;
  if (state.keep && state.keep.dir) syncDir(state.keep.dir);
  return { stamp: { mtimeMs: stats.mtimeMs, size: stats.size, ino: stats.ino } };
}
function commit({ write, file, dir }) {
  const state = writes.get(write);
  // Queued right behind its write: nothing to rename when the write was skipped or failed.
  if (!state || state.skipped || state.failed) {
    writes.delete(write);
    return { skipped: 'not-written' };
  }
  fs.renameSync(state.temp, file);
  note('rename ' + state.temp + ' ' + file);
  state.renamed = true;
  if (dir) syncDir(dir);
  writes.delete(write);
  return {};
}
// A dropped write leaves nothing behind: its temp file, and the history link
// it made, unless the rename happened (then the link is the old version's only name).
function undo(state) {
  if (state.fd !== undefined) { closeQuietly(state.fd); state.fd = undefined; }
  if (state.renamed) return;
  try { fs.unlinkSync(state.temp); } catch {}
  if (state.linked) { try { fs.unlinkSync(state.keep.as); } catch {} state.linked = false; }
}
function abort({ write }) {
  const state = writes.get(write);
  writes.delete(write);
  if (state) undo(state);
  return {};
}
parentPort.on('message', (message) => {
  if (message.op === 'trace') { tracing = message.on; trace = []; return; }
  if (message.op === 'open') return open(message);
  try {
    const result = message.op === 'write' ? write(message) : message.op === 'commit' ? commit(message) : abort(message);
    const ops = trace;
    trace = [];
    parentPort.postMessage({ request: message.request, ops, ...result });
  } catch (error) {
    const state = writes.get(message.write);
    if (state) {
      state.failed = true;
      undo(state);
    }
    const ops = trace;
    trace = [];
    parentPort.postMessage({ request: message.request, ops, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

/**
 * Before the write: link `current` to `as` (kept when it already exists) and,
 * after the file's fsync, fsync `dir` (the folder of `as`). Only when `current`
 * still has the stamp `ifStamp`; otherwise, or when the link is refused, the
 * write is skipped and the caller takes its plain path.
 */
export interface KeepPrevious {
  current: string;
  as: string;
  /** Undefined where folders cannot be fsynced (Windows). */
  dir: string | undefined;
  ifStamp: FileStamp;
}

/** The temp file's stamp once it is written and fsynced, or why nothing was written. */
export type WriterOutcome = { stamp: FileStamp } | { skipped: 'changed' | 'link' };

/** One temp file on the writer thread. Call write once, then commit or abort once. */
export interface ThreadWrite {
  /** Writes `text` (UTF-8) or bytes to the temp file and fsyncs it (and the history folder of `keep`). */
  write(text: string | Uint8Array): Promise<WriterOutcome>;
  /**
   * Renames the temp file to `file`, then fsyncs `dir` (the folder of `file`)
   * unless it is undefined. May be sent before write() has answered: the thread
   * runs it right after the write, and does nothing (false) when the write was
   * skipped or failed. True once renamed and synced.
   */
  commit(file: string, dir: string | undefined): Promise<boolean>;
  /** Closes and removes the temp file. */
  abort(): Promise<void>;
}

interface Reply {
  request: number;
  /** The system calls this request made, when tracing. */
  ops?: string[];
  stamp?: FileStamp;
  skipped?: 'changed' | 'link' | 'not-written';
  error?: { message: string; code?: string };
}

interface Waiting {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextRequest = 1;
let nextWrite = 1;
const waiting = new Map<number, Waiting>();
let traceListener: ((ops: readonly string[]) => void) | undefined;

/**
 * For tests: calls `listener` with the system calls of each request (`open
 * <path>`, `fsync <path>`, `link <from> <to>`, `rename <from> <to>`) before the
 * request's promise settles, so they can be merged into a log of this thread's
 * own calls in order. Undefined stops it.
 */
export function traceWriterThread(listener: ((ops: readonly string[]) => void) | undefined): void {
  traceListener = listener;
  thread().postMessage({ op: 'trace', on: listener !== undefined });
}

function thread(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, { eval: true });
  // Idle, it must not keep the process (or a test run) alive.
  started.unref();
  started.on('message', (reply: Reply) => {
    const entry = waiting.get(reply.request);
    if (!entry) return;
    waiting.delete(reply.request);
    if (waiting.size === 0) started.unref();
    if (reply.ops && reply.ops.length > 0) traceListener?.(reply.ops);
    if (reply.error) {
      const error = Object.assign(new Error(reply.error.message), { code: reply.error.code });
      entry.reject(error);
    } else {
      entry.resolve(reply);
    }
  });
  const lost = (error: Error): void => {
    if (worker === started) worker = undefined;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  started.on('error', lost);
  started.on('exit', (code) => lost(new Error(`writer thread exited (${code})`)));
  worker = started;
  return started;
}

function ask(target: Worker, message: Record<string, unknown>): Promise<Reply> {
  const request = nextRequest++;
  return new Promise<Reply>((resolve, reject) => {
    waiting.set(request, { resolve, reject });
    // Referenced while a request is under way, so the process waits for it.
    target.ref();
    target.postMessage({ ...message, request });
  });
}

/**
 * Starts a temp file `temp` (it must not exist) on the writer thread; with
 * `keep`, first keeps the previous version under its history name (see
 * KeepPrevious). Nothing waits here: the thread works while the caller
 * prepares the text.
 */
export function openOnWriterThread(temp: string, keep?: KeepPrevious): ThreadWrite {
  const target = thread();
  const write = nextWrite++;
  target.postMessage({ op: 'open', write, temp, keep });
  return {
    async write(text) {
      const reply = await ask(target, { op: 'write', write, text });
      if (reply.stamp) return { stamp: reply.stamp };
      return { skipped: reply.skipped === 'link' ? 'link' : 'changed' };
    },
    async commit(file, dir) {
      const reply = await ask(target, { op: 'commit', write, file, dir });
      return reply.skipped === undefined;
    },
    async abort() {
      await ask(target, { op: 'abort', write });
    },
  };
}
