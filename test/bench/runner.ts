/**
 * `npm run bench`: builds the app and the benchmark page, serves both from
 * one http://127.0.0.1 origin, and drives headless Chromium at 10,000 and
 * 100,000 cases, each size twice: a workstation without protection at rest
 * and a protected one (DESIGN.md §8: the data key made and unwrapped by the
 * real sign-in, records sealed by the real recorder). Prints one table a
 * mode (median of several runs, more of the quick operations: run-count.ts;
 * the raw IndexedDB baseline measured in the same run, their ratio, the
 * DESIGN.md §7 budget and a verdict; protected,
 * also each figure over the same one without protection, against §7's
 * 1.25×) and writes the figures to bench-results/<time>.json.
 *
 * `npm run bench:smoke` does the same at 1,000 cases with fewer runs: part of
 * `npm test`, it fails only when the harness is broken, never on a budget.
 * `npm run bench -- --report FILE…` prints the table of earlier results;
 * `--compare FILE` prints, after a run, each figure's ratio to the same
 * figure of an earlier run. The load average before and after each size,
 * the Chromium version and the commit are printed and kept in the JSON: the
 * machines are shared, and a figure means little without them. A figure
 * whose runs spread more than 2× between fastest and slowest is marked.
 *
 * The sync figures of issue 12 (first pull as a ratio to the raw feed plus
 * raw puts, push of edits) come after, measured in Node against PouchDB
 * Server (sync-figures.ts); `--sync-only` measures them alone, `--no-sync`
 * leaves them out.
 *
 * `--only TEXT` measures only the page's operations whose names hold TEXT,
 * or one of its texts between `|` (`--only "reference|open a case"`; no
 * import, cold start or preview): a quick look while tuning one figure;
 * `--profile DIR` writes a Chromium CPU profile of each operation's runs
 * there (`<cases>-<mode>-<operation>.cpuprofile`, for DevTools), and of
 * the imports' runs (`<cases>-<mode>-import.cpuprofile`, raw puts included).
 * `--imports-only` measures the imports of each size alone (no data set
 * filled, no operation, cold start or preview): a change to the write path
 * in minutes rather than the whole run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { MODES, type Budget, type FillSummary, type Measurement, type Mode } from './protocol';
import { anotherRun, MOST_RUNS } from './run-count';
import type { SyncFigures } from './sync-figures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
// As the browser tests: keep Chromium from calling out; this machine has no network, and the app must not need one.
const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];
const COLD_START_BUDGET: Budget = { kind: 'ms', limit: 1500 };
/** DESIGN.md §7: through sign-in, the key derivation plus at most 1.2× the start with a session kept. */
const SIGN_IN_BUDGET: Budget = { kind: 'ratio', limit: 1.2 };
/** Where the start with a session kept (session-kept/) is served, beside the app. */
const SESSION_KEPT_PATH = 'session-kept';
const IMPORT_BUDGET: Budget = { kind: 'ratio', limit: 1.3 };
/** The import preview: a file of similar names at most twice the time of a plain one; the page answers input within 100 ms. */
const SIMILAR_NAMES_BUDGET: Budget = { kind: 'ratio', limit: 2 };
const PAUSE_BUDGET: Budget = { kind: 'ms', limit: 100 };
/** Issue 12: the first pull at most 1.5× reading the same feed raw plus raw puts. */
const SYNC_PULL_BUDGET: Budget = { kind: 'ratio', limit: 1.5 };
/** DESIGN.md §7: each figure of a protected workstation within this many times the same figure without protection. */
const PROTECTION_LIMIT = 1.25;

interface Plan {
  sizes: number[];
  /** Runs of each operation of the pages (list, search, open case, dashboard, CSV export) at least (run-count.ts). */
  runs: number;
  /** Runs of each fast operation at most: the smoke run keeps to its few. */
  mostRuns: number;
  /** Runs of the imports, the import previews and the sync figures. */
  slowRuns: number;
  coldRuns: number;
  seed: number;
  smoke: boolean;
  /** Rows of the import preview's files. */
  previewSizes: number[];
  /** Only the import preview (`--preview-only`): no data set is made, no cold start timed. */
  previewOnly: boolean;
  /** An earlier run's results, to print each figure's ratio to (`--compare FILE`). */
  compare: string | null;
  /** Only the sync figures (`--sync-only`); `--no-sync` leaves them out. */
  syncOnly: boolean;
  sync: boolean;
  /** Only the imports of each size (`--imports-only`): no data set filled, no operation, cold start or preview. */
  importsOnly: boolean;
  /** Only the operations whose names hold this text, or one of its texts between `|` (`--only TEXT`): no import, cold start or preview. */
  only: string | null;
  /** Where to write a CPU profile of each operation (`--profile DIR`), or null. */
  profile: string | null;
}

/** The load average (1, 5 and 15 minutes) before and after one size was measured. */
interface Load {
  cases: number;
  /** What was measured: the app in Chromium, or sync in Node (absent in results written before sync). */
  part?: 'app' | 'sync';
  before: number[];
  after: number[];
}

/** Runs whose slowest is more than this many times the fastest: the figure is marked as unsteady. */
const SPREAD_LIMIT = 2;

interface Row extends Measurement {
  cases: number;
  /** The workstation measured; null for the import preview, which runs on a workstation without cases or key. */
  mode: Mode | null;
  median: number;
  baselineMedian: number | null;
  ratio: number | null;
  verdict: 'ok' | 'MISS' | '';
  unit: 'ms' | 'MB';
}

export function parsePlan(argv: readonly string[]): Plan {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: 'boolean' },
      cases: { type: 'string' },
      runs: { type: 'string' },
      'slow-runs': { type: 'string' },
      seed: { type: 'string' },
      'preview-only': { type: 'boolean' },
      'preview-rows': { type: 'string' },
      compare: { type: 'string' },
      'sync-only': { type: 'boolean' },
      'no-sync': { type: 'boolean' },
      only: { type: 'string' },
      'imports-only': { type: 'boolean' },
      profile: { type: 'string' },
    },
    strict: true,
  });
  const smoke = values.smoke ?? false;
  const sizes = (values.cases ?? (smoke ? '1000' : '10000,100000')).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--cases takes sizes of at least 100, e.g. --cases 10000,100000');
  const runs = Number(values.runs ?? (smoke ? 3 : 7));
  const slowRuns = Number(values['slow-runs'] ?? (smoke ? 1 : 3));
  const previewSizes = (values['preview-rows'] ?? (smoke ? '1000' : '10000,50000')).split(',').map(Number);
  if (previewSizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--preview-rows takes sizes of at least 100, e.g. --preview-rows 10000,50000');
  if (values['imports-only'] && values.only !== undefined) throw new Error('--imports-only and --only choose different parts: give one');
  if (values.compare !== undefined && !existsSync(values.compare)) throw new Error(`--compare: no file ${values.compare}`);
  return {
    sizes,
    runs,
    mostRuns: smoke ? runs : Math.max(runs, MOST_RUNS),
    slowRuns,
    coldRuns: smoke ? 1 : 5,
    seed: Number(values.seed ?? 1),
    smoke,
    previewSizes,
    previewOnly: values['preview-only'] ?? false,
    compare: values.compare ?? null,
    syncOnly: values['sync-only'] ?? false,
    sync: !(values['no-sync'] ?? false),
    importsOnly: values['imports-only'] ?? false,
    only: values.only ?? null,
    profile: values.profile === undefined ? null : path.resolve(values.profile),
  };
}

/** True when the plan measures the operation: every one, or those whose names hold `--only`'s text or one of its texts between `|`. */
export function chosen(plan: Pick<Plan, 'only'>, operation: string): boolean {
  return plan.only === null || plan.only.split('|').some((text) => operation.includes(text));
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--report') return report(argv.slice(1));
  const plan = parsePlan(argv);
  const rows: Row[] = [];
  const loads: Load[] = [];
  const commit = currentCommit();
  let browserVersion = '';
  const failures: string[] = [];
  console.log(`Commit ${commit}; ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}); Node ${process.version}`);
  if (!plan.syncOnly) browserVersion = await measureInBrowser(plan, rows, loads, failures);
  if (plan.sync && !plan.previewOnly && !plan.importsOnly) await measureSyncSizes(plan, rows, loads, failures);

  console.log(`\nChromium ${browserVersion || '(not started)'}, commit ${commit}`);
  for (const load of loads) console.log(`Load average, ${load.part === 'sync' ? 'sync, ' : ''}${load.cases.toLocaleString('en')} cases: before ${loadText(load.before)}; after ${loadText(load.after)}`);
  console.log(`\n${tables(rows)}`);
  const file = writeResults(plan, rows, browserVersion, failures, loads, commit);
  console.log(`Results: ${path.relative(root, file)}`);
  if (plan.compare) console.log(`\n${comparison(rows, plan.compare)}`);
  const missed = rows.filter((r) => r.verdict === 'MISS');
  if (missed.length > 0) console.log(`${missed.length} budget(s) missed${plan.smoke ? ' (the smoke run does not judge budgets)' : ''}.`);
  if (failures.length > 0) {
    console.error(`The benchmark harness failed:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  return 0;
}

/** The app's figures in headless Chromium: each size, then the import previews; returns Chromium's version. */
async function measureInBrowser(plan: Plan, rows: Row[], loads: Load[], failures: string[]): Promise<string> {
  const serveDir = await buildAll();
  const server = await serve(serveDir);
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  let browserVersion = '';
  try {
    for (const cases of plan.previewOnly ? [] : plan.sizes) {
      const load: Load = { cases, part: 'app', before: loadavg(), after: [] };
      console.log(`\nLoad average before ${cases.toLocaleString('en')} cases: ${loadText(load.before)}`);
      try {
        browserVersion = await measureSize(cases, plan, origin, rows, failures);
      } catch (error) {
        failures.push(`${cases} cases: ${(error as Error).message}`);
      } finally {
        load.after = loadavg();
        loads.push(load);
        console.log(`Load average after ${cases.toLocaleString('en')} cases: ${loadText(load.after)}`);
      }
    }
    if (plan.only === null && !plan.importsOnly) await measurePreviews(plan, origin, rows, failures);
  } finally {
    server.close();
    rmSync(serveDir, { recursive: true, force: true });
  }
  return browserVersion;
}

/**
 * The sync figures of each size (test/bench/sync-figures.ts): in Node on
 * fake-indexeddb against PouchDB Server, not in Chromium, on a protected
 * workstation. 100,000 cases take minutes, and are measured once.
 */
async function measureSyncSizes(plan: Plan, rows: Row[], loads: Load[], failures: string[]): Promise<void> {
  for (const cases of plan.sizes) {
    const label = cases.toLocaleString('en');
    const edits = plan.smoke ? 100 : 1000;
    const load: Load = { cases, part: 'sync', before: loadavg(), after: [] };
    console.log(`\nsync, ${label} cases (load average before: ${loadText(load.before)})`);
    try {
      const figures = await measureSyncApart(cases, edits, cases > 10_000 ? 1 : plan.slowRuns);
      const where = 'Node on fake-indexeddb, PouchDB Server on 127.0.0.1, a protected workstation (records sealed and hashed on arrival)';
      rows.push(
        row(cases, 'protected', {
          name: `sync: first pull of ${label} cases`,
          samples: figures.pull,
          baselineSamples: figures.rawSealed,
          budget: SYNC_PULL_BUDGET,
          rows: cases,
          note: `${where}; baseline: the same _changes feed read raw, each case sealed as stored, one raw bulkPut per batch`,
        }),
      );
      rows.push(
        row(cases, 'protected', {
          name: `sync: first pull of ${label} cases, to plain raw puts`,
          samples: figures.pull,
          baselineSamples: figures.rawPlain,
          budget: null,
          rows: cases,
          note: `${where}; baseline: the same feed and raw puts of the records in the clear (no encryption): sealing is the difference`,
        }),
      );
      rows.push(row(cases, 'protected', { name: `sync: push of ${figures.edits.toLocaleString('en')} edits`, samples: figures.push, baselineSamples: null, budget: null, rows: figures.edits, note: `${where}; _bulk_docs batches of the outbox, records opened to send` }));
    } catch (error) {
      failures.push(`sync, ${label} cases: ${(error as Error).message}`);
    } finally {
      load.after = loadavg();
      loads.push(load);
      console.log(`  load average after: ${loadText(load.after)}`);
    }
  }
}

/**
 * One size's sync figures measured in a Node process of their own
 * (sync-timings.mjs), its progress lines passed on: a fresh heap, apart from
 * the browser part's and from what the harness loaded.
 */
async function measureSyncApart(cases: number, edits: number, runs: number): Promise<SyncFigures> {
  const child = spawn(process.execPath, [path.join(root, 'test', 'bench', 'sync-timings.mjs'), '--cases', String(cases), '--edits', String(edits), '--runs', String(runs)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '  ')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`sync-timings.mjs exited with code ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as SyncFigures;
}

/** The app as `npm run build` makes it, and the benchmark page beside it, copied where a later build cannot change them mid-run. */
async function buildAll(): Promise<string> {
  const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('electron-vite build failed');
  await build({ configFile: path.join(root, 'test', 'bench', 'vite.config.ts'), logLevel: 'warn' });
  // A production build in a process of its own, as the app's: this one runs a Vite server (scripts/run-ts.mjs), whose NODE_ENV would give React's development build.
  const sessionKept = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(root, 'test', 'bench', 'session-kept', 'vite.config.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (sessionKept.status !== 0) throw new Error('the build of the start with a session kept failed');
  const serveDir = mkdtempSync(path.join(tmpdir(), 'homeward-bench-site-'));
  cpSync(path.join(root, 'out', 'renderer'), serveDir, { recursive: true });
  cpSync(path.join(root, 'out', 'bench'), path.join(serveDir, 'bench'), { recursive: true });
  cpSync(path.join(root, 'out', 'bench-session'), path.join(serveDir, SESSION_KEPT_PATH), { recursive: true });
  return serveDir;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Pages served with these are cross-origin isolated: Chromium then gives `performance.now()` to 5 µs instead of
 * 0.1 ms, which a figure of about a millisecond (a search, a page by key) needs; every file is of this origin.
 */
const CROSS_ORIGIN_ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** A static server for the built files on 127.0.0.1 (a random free port). */
async function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...CROSS_ORIGIN_ISOLATED });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function launch(profile: string, exposeGc: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: SYSTEM_CHROMIUM,
    args: exposeGc ? [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] : CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}

/** A browser profile filled for one mode, for the cold starts. */
interface Filled {
  profile: string;
  filled: FillSummary;
}

/** The benchmark page of one mode, open on its own browser profile. */
interface BenchPage {
  mode: Mode;
  profile: string;
  context: BrowserContext;
  page: Page;
}

/** The modes in the order of one run: alternated from run to run, so neither always goes first. */
const inTurn = <T>(items: readonly T[], run: number): T[] => (run % 2 === 0 ? [...items] : [...items].reverse());

/**
 * One size in both modes, each in its own browser profile and benchmark page, open side by side: the data set
 * made in each, the imports and then every operation measured a run of one mode, then a run of the other, so
 * that the machine's other work weighs on both alike and "protected / unprotected" compares like with like.
 * The imports run in profiles of their own, dropped after them: each run makes and deletes a database of the
 * whole data set, and what that leaves in a profile's storage slowed its later reads, more after the bigger
 * protected writes (stop 22's closing note), so the operations would have measured each profile's history as
 * much as the app. The pages are closed before the cold starts of both profiles, timed in turn too.
 */
async function measureSize(cases: number, plan: Plan, origin: string, rows: Row[], failures: string[]): Promise<string> {
  const label = cases.toLocaleString('en');
  const imported =
    plan.only === null ? await withPages(cases, plan, origin, `${label} cases, imports`, failures, async (pages, version) => (await measureImports(cases, plan, pages, rows), version)) : null;
  if (plan.importsOnly) return imported ?? '';
  return withPages(cases, plan, origin, `${label} cases`, failures, async (pages, version) => {
    const filled = new Map<Mode, Filled>();
    for (const { mode, page, profile } of pages) {
      const summary = await page.evaluate((m) => window.homewardBench.fill(m), mode);
      console.log(`  ${mode}: stored the data set in the app's database in ${seconds(summary.ms)}`);
      filled.set(mode, { profile, filled: summary });
    }
    await measureOperations(cases, plan, pages, rows);
    for (const { mode, page } of pages) {
      const { profileId, passphrase } = filled.get(mode)!.filled;
      const derivations = await page.evaluate((options) => window.homewardBench.keyDerivation(options), { profileId, passphrase, runs: plan.coldRuns });
      rows.push(row(cases, mode, { name: 'key derivation of sign-in', samples: derivations, baselineSamples: null, budget: null, rows: 1, note: 'the passphrase check alone (PBKDF2), in the bench page' }));
      console.log(`  ${mode}: key derivation of sign-in: ${format(median(derivations))} ms`);
    }
    for (const { context } of pages.splice(0)) await context.close();
    if (plan.only === null) await measureColdStarts(cases, plan, origin, filled.get('protected')!, rows);
    return version;
  });
}

/**
 * A benchmark page of each mode on a new browser profile, the data set made in each, given to `use` with the
 * Chromium version (`use` may close pages it takes out of the list); the pages closed and the profiles deleted after.
 */
async function withPages<T>(cases: number, plan: Plan, origin: string, label: string, failures: string[], use: (pages: BenchPage[], version: string) => Promise<T>): Promise<T> {
  const pages: BenchPage[] = [];
  const profiles: string[] = [];
  let version = '';
  try {
    for (const mode of MODES) {
      const profile = mkdtempSync(path.join(tmpdir(), 'homeward-bench-'));
      profiles.push(profile);
      const bench = await openBenchPage(mode, profile, origin, `${label}, ${mode}`, failures);
      pages.push(bench);
      version = bench.context.browser()?.version() ?? version;
      const made = await bench.page.evaluate((options) => window.homewardBench.generate(options), { cases, seed: plan.seed });
      console.log(`  ${mode}: generated ${made.cases} cases, ${made.contacts} contact entries, ${made.followUps} follow-ups in ${seconds(made.ms)}`);
    }
    return await use(pages, version);
  } finally {
    for (const { context } of pages) await context.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
}

async function openBenchPage(mode: Mode, profile: string, origin: string, label: string, failures: string[]): Promise<BenchPage> {
  const context = await launch(profile, true);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.text().startsWith('[bench]')) console.log(`  ${mode}: ${message.text().slice(8)}`);
  });
  page.on('pageerror', (error) => failures.push(`${label}, bench page: ${error.message}`));
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the benchmark page is not cross-origin isolated: its timers would be rounded to 0.1 ms');
  return { mode, profile, context, page };
}

/** The imports of the data set, each mode in turn, each run against raw puts of what it added, next to it, and of its cases alone. */
async function measureImports(cases: number, plan: Plan, pages: readonly BenchPage[], rows: Row[]): Promise<void> {
  const samples = new Map<Mode, { samples: number[]; baselineSamples: number[]; casesOnly: number[] }>(MODES.map((m) => [m, { samples: [], baselineSamples: [], casesOnly: [] }]));
  const folder = plan.profile;
  const profilers = folder ? await Promise.all(pages.map((p) => startProfiler(p, folder))) : [];
  for (let run = 0; run < plan.slowRuns; run += 1) {
    for (const { mode, page } of inTurn(pages, run)) {
      const result = await page.evaluate((options) => window.homewardBench.importRun(options), { rawFirst: run % 2 === 1, mode });
      const so = samples.get(mode)!;
      so.samples.push(result.ms);
      so.baselineSamples.push(result.baselineMs);
      so.casesOnly.push(result.casesOnlyMs);
      console.log(`  ${mode}: import run ${run + 1}: ${seconds(result.ms)} (raw puts of what it added ${seconds(result.baselineMs)}, of its cases alone ${seconds(result.casesOnlyMs)})`);
    }
  }
  for (const stop of profilers) await stop(cases, 'import');
  const name = `import of ${cases.toLocaleString('en')} cases`;
  const note = 'cases only, as from an intake CSV; baseline: raw puts of every record the import added (cases, History rows, counters, sync outbox), in relaxed transactions of 2,000 records of each store as the import commits';
  const casesNote = 'the same import against raw puts of its cases alone (the baseline until stop 35), not judged';
  for (const mode of MODES) {
    const { samples: ms, baselineSamples, casesOnly } = samples.get(mode)!;
    rows.push(row(cases, mode, { name, samples: ms, baselineSamples, budget: IMPORT_BUDGET, rows: cases, note }));
    rows.push(row(cases, mode, { name: `${name}, to raw puts of the cases alone`, samples: ms, baselineSamples: casesOnly, budget: null, rows: cases, note: casesNote }));
  }
}

/** Every operation of the pages, a run of each mode in turn (each run with its raw baseline next to it). */
async function measureOperations(cases: number, plan: Plan, pages: readonly BenchPage[], rows: Row[]): Promise<void> {
  for (const name of await pages[0]!.page.evaluate(() => window.homewardBench.operations())) {
    if (!chosen(plan, name)) continue;
    const folder = plan.profile;
    const profilers = folder ? await Promise.all(pages.map((p) => startProfiler(p, folder))) : [];
    const measured = new Map<Mode, Measurement>();
    const timeOf = (mode: Mode) => (measured.get(mode)?.samples ?? []).reduce((sum, ms) => sum + ms, 0);
    const more = (done: number) => anotherRun(done, plan.runs, plan.mostRuns, MODES.map(timeOf));
    let runs = 0;
    for (; more(runs); runs += 1) {
      for (const { mode, page } of inTurn(pages, runs)) {
        // The first run of each mode is preceded by one unmeasured run: compiled code and warm caches.
        const one = await page.evaluate(([n, warm]) => window.homewardBench.measure(n, 1, warm), [name, runs === 0] as const);
        const so = measured.get(mode);
        if (!so) measured.set(mode, one);
        else {
          so.samples.push(...one.samples);
          so.baselineSamples?.push(...(one.baselineSamples ?? []));
          so.rows = one.rows;
        }
      }
    }
    for (const stop of profilers) await stop(cases, name);
    const figures = MODES.map((mode) => {
      const result = row(cases, mode, measured.get(mode)!);
      rows.push(result);
      return `${mode} ${format(result.median)} ms`;
    });
    console.log(`  ${name}: ${figures.join(', ')} (${runs} runs)`);
  }
}

/** Starts a CPU profile of the page; the function returned stops it and writes it to the `--profile` folder. */
async function startProfiler({ context, page, mode }: BenchPage, folder: string): Promise<(cases: number, name: string) => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  // Every 50 µs: at the default millisecond a search of a millisecond is one sample or none.
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  return async (cases, name) => {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${cases}-${mode}-${name.replace(/[^\w]+/g, '-')}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  };
}

/** The import preview of each size, a plain file and one of similar names in turn, with the page's longest pause. */
async function measurePreviews(plan: Plan, origin: string, rows: Row[], failures: string[]): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'homeward-bench-'));
  const context = await launch(profile, true);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => failures.push(`import preview, bench page: ${error.message}`));
    await page.goto(`${origin}/bench/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    for (const size of plan.previewSizes) {
      const label = size.toLocaleString('en');
      console.log(`\nimport preview of ${label} rows`);
      const plain: number[] = [];
      const similar: number[] = [];
      const pauses: number[] = [];
      const idlePauses: number[] = [];
      const tasks: number[] = [];
      for (let run = 0; run < plan.slowRuns; run += 1) {
        for (const similarNames of run % 2 === 0 ? [false, true] : [true, false]) {
          const result = await page.evaluate((options) => window.homewardBench.previewRun(options), { rows: size, seed: plan.seed, similarNames });
          if (result.rows !== size) throw new Error(`the preview of ${label} rows read ${result.rows}`);
          (similarNames ? similar : plain).push(result.ms);
          pauses.push(result.longestPauseMs);
          idlePauses.push(result.idlePauseMs);
          tasks.push(result.longestTaskMs);
          console.log(
            `  run ${run + 1}, ${similarNames ? 'similar names' : 'plain'}: ${seconds(result.ms)}, longest pause ${format(result.longestPauseMs)} ms ` +
              `(idle page, busy worker: ${format(result.idlePauseMs)} ms), longest task of the page ${format(result.longestTaskMs)} ms`,
          );
        }
      }
      const note = 'an intake file as the seed writes it, previewed into a workstation without cases (exchange/preview-worker.ts)';
      rows.push(row(size, null, { name: `import preview of ${label} rows`, samples: plain, baselineSamples: null, budget: null, rows: size, note }));
      rows.push(
        row(size, null, {
          name: `import preview of ${label} rows, similar names`,
          samples: similar,
          baselineSamples: plain,
          budget: SIMILAR_NAMES_BUDGET,
          rows: size,
          note: 'the same file with 40 names shared by all its rows; baseline: the plain file',
        }),
      );
      rows.push(
        row(size, null, {
          name: `longest pause of the page during the preview of ${label} rows`,
          // The page answers within the budget throughout: the longest pause of all the runs is the figure.
          samples: [Math.max(...pauses)],
          baselineSamples: [Math.max(...idlePauses)],
          budget: PAUSE_BUDGET,
          rows: size,
          note:
            'the longest gap between two ticks of a 10 ms timer on the page, over every run of both files; ' +
            'baseline: the same over the page doing nothing as long, while a worker keeps one core busy (what the machine alone costs)',
        }),
      );
      rows.push(
        row(size, null, {
          name: `longest task of the page during the preview of ${label} rows`,
          samples: [Math.max(...tasks)],
          baselineSamples: null,
          budget: PAUSE_BUDGET,
          rows: size,
          note: 'the longest task the page ran (Long Tasks API, over 50 ms; garbage collection included), over every run of both files: the page’s own share of a pause',
        }),
      );
    }
  } catch (error) {
    failures.push(`import preview: ${(error as Error).message}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The app opened in a new browser on the protected profile, signing in, and the same app started with its
 * session kept, run by run in turn. Every window needs the data key (a reload forgets it), so the app has no
 * start with a session kept: the benchmark builds one (session-kept/: the app's own start and build, given the
 * data key and the window's session), which opens on the case list with no sign-in. DESIGN.md §7: the start
 * through sign-in, less its key derivation, is held to 1.2× that start.
 */
async function measureColdStarts(cases: number, plan: Plan, origin: string, sealed: Filled, rows: Row[]): Promise<void> {
  const form: number[] = [];
  const signedIn: number[] = [];
  const heap: number[] = [];
  const lessDerivation: number[] = [];
  const kept: number[] = [];
  const { profileId, passphrase, dataKey } = sealed.filled;
  if (!dataKey) throw new Error('the protected profile gave no data key');
  for (let run = 0; run < plan.coldRuns; run += 1) {
    const signing = await coldStart(sealed.profile, `${origin}/`, { signIn: { profileId, passphrase } });
    form.push(signing.formAt);
    signedIn.push(signing.formAt + signing.rowsAt - signing.submittedAt);
    heap.push(signing.heapMb);
    lessDerivation.push(signing.formAt + signing.rowsAt - signing.submittedAt - signing.derivation);
    const keeping = await coldStart(sealed.profile, `${origin}/${SESSION_KEPT_PATH}/`, { sessionKept: { profileId, dataKey } });
    kept.push(keeping.rowsAt);
    console.log(
      `  cold start ${run + 1}: ${format(signing.formAt)} ms to the sign-in form, ${format(signing.rowsAt - signing.submittedAt)} ms from signing in to the first rows (${format(signing.derivation)} ms of key derivation); with the session kept, ${format(keeping.rowsAt)} ms to the first rows`,
    );
  }
  const only = (name: string, samples: number[], budget: Budget | null, note: string): Row => row(cases, 'protected', { name, samples, baselineSamples: null, budget, rows: 1, note });
  rows.push(only('cold start to the sign-in form', form, null, 'navigation start to the passphrase field shown'));
  rows.push(only('cold start to the case list through sign-in', signedIn, COLD_START_BUDGET, 'the sign-in form shown, plus submit to the first rows painted (passphrase check included, typing excluded)'));
  rows.push(only('cold start to the case list with the session kept', kept, COLD_START_BUDGET, 'navigation start to the first rows painted, the data key and session given (session-kept/)'));
  rows.push(
    row(cases, 'protected', {
      name: 'cold start through sign-in, less the key derivation',
      samples: lessDerivation,
      baselineSamples: kept,
      budget: SIGN_IN_BUDGET,
      rows: 1,
      note: "through sign-in less that start's own key derivation (PBKDF2 timed in the page); baseline, the start with a session kept of the same run",
    }),
  );
  rows.push({ ...only('renderer JS heap with the list shown, after sign-in', heap, null, 'after a forced garbage collection (CDP)'), unit: 'MB' });
}

/** How a cold start opens the case list: signing in, or with the session kept (the data key given to session-kept/). */
type Opening = { signIn: { profileId: string; passphrase: string } } | { sessionKept: { profileId: string; dataKey: string } };

/** Times from navigation start, read in the page; the form and the submit are 0 for a start with the session kept. */
interface Timings {
  formAt: number;
  submittedAt: number;
  rowsAt: number;
  /** The time PBKDF2 ran after the submit (overlapping derivations counted once). */
  derivation: number;
  heapMb: number;
}

/** The length of time the intervals cover from `from` on, overlaps counted once. */
function coveredTime(intervals: readonly [number, number][], from: number): number {
  let covered = 0;
  let reached = from;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reached) continue;
    covered += end - Math.max(start, reached);
    reached = end;
  }
  return covered;
}

/** A new browser on the filled profile, the app opened at `url` on the case list: signing in at once, or with the session kept. */
async function coldStart(profile: string, url: string, opening: Opening): Promise<Timings> {
  const context = await launch(profile, false);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    type Marks = { formAt?: number; rowsAt?: number; derivations?: [number, number][] };
    await page.addInitScript(() => {
      const marks = window as unknown as Marks;
      // Each PBKDF2 derivation of this start, timed where it runs: the key derivation subtracted is this start's own.
      marks.derivations = [];
      const deriveBits = SubtleCrypto.prototype.deriveBits;
      SubtleCrypto.prototype.deriveBits = async function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['deriveBits']>) {
        const started = performance.now();
        try {
          return await deriveBits.apply(this, args);
        } finally {
          if ((args[0] as { name?: string }).name === 'PBKDF2') marks.derivations!.push([started, performance.now()]);
        }
      };
      const observer = new MutationObserver(() => {
        if (marks.formAt === undefined && document.querySelector('input[type=password]')) marks.formAt = performance.now();
        if (!document.querySelector('table tbody tr')) return;
        observer.disconnect();
        // The frame that shows the rows, then the task after it: the rows are on screen.
        requestAnimationFrame(() => setTimeout(() => (marks.rowsAt = performance.now())));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    if ('sessionKept' in opening) {
      await page.addInitScript((given) => Object.assign(window, { homewardBenchSession: given }), opening.sessionKept);
    }
    await page.goto(url);
    let submittedAt = 0;
    if ('signIn' in opening) {
      await page.waitForFunction(() => (window as unknown as Marks).formAt !== undefined, null, { timeout: 60_000 });
      const profiles = page.locator('select');
      if ((await profiles.count()) > 0) await profiles.selectOption(opening.signIn.profileId);
      await page.fill('input[type=password]', opening.signIn.passphrase);
      submittedAt = await page.evaluate(() => performance.now());
      await page.press('input[type=password]', 'Enter');
    }
    await page.waitForFunction(() => (window as unknown as Marks).rowsAt !== undefined, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => ({ ...(window as unknown as Marks) }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { formAt: marks.formAt ?? 0, submittedAt, rowsAt: marks.rowsAt!, derivation: coveredTime(marks.derivations ?? [], submittedAt), heapMb: usedSize / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The figures of one operation. Its ratio to the baseline is the median of
 * the ratios of each run to the baseline run next to it: other work on the
 * machine then weighs on both sides of each ratio alike.
 */
function row(cases: number, mode: Mode | null, m: Measurement): Row {
  const value = median(m.samples);
  const baseline = m.baselineSamples ?? [];
  const baselineMedian = baseline.length > 0 ? median(baseline) : null;
  const ratio = baseline.length === 0 ? null : baseline.length === m.samples.length ? median(m.samples.map((s, i) => s / baseline[i]!)) : value / baselineMedian!;
  let verdict: Row['verdict'] = '';
  if (m.budget?.kind === 'ms') verdict = value <= m.budget.limit ? 'ok' : 'MISS';
  if (m.budget?.kind === 'ratio' && ratio !== null) verdict = ratio <= m.budget.limit ? 'ok' : 'MISS';
  return { ...m, cases, mode, median: value, baselineMedian, ratio, verdict, unit: 'ms' };
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function budgetText(budget: Budget): string {
  if (!budget) return '—';
  return budget.kind === 'ms' ? `≤ ${budget.limit} ms` : `≤ ${budget.limit}× baseline`;
}

/**
 * One table a mode (and one for the import preview), each figure with its baseline, ratio, spread and budget;
 * the protected table also gives each figure over the same figure without protection, against the 1.25× limit.
 */
function tables(rows: readonly Row[]): string {
  const unprotected = new Map(rows.filter((r) => r.mode === 'unprotected').map((r) => [`${r.cases}|${r.name}`, r]));
  const parts = MODES.map((mode) => {
    const own = rows.filter((r) => r.mode === mode);
    if (own.length === 0) return '';
    const versus = mode === 'protected' ? (r: Row) => unprotected.get(`${r.cases}|${r.name}`) ?? null : null;
    return `${mode === 'protected' ? 'Protected workstation (DESIGN.md §8)' : 'Without protection at rest'}:\n${table(own, versus)}`;
  });
  const previews = rows.filter((r) => r.mode === null);
  if (previews.length > 0) parts.push(`Import preview (a workstation without cases):\n${table(previews, null)}`);
  return `${parts.filter(Boolean).join('\n\n')}\n(spread: slowest run ÷ fastest; "!" marks more than ${SPREAD_LIMIT}×, a figure the machine's other work may have moved)`;
}

/** `versus`: the same figure without protection, for the column "protected / unprotected". */
function table(rows: readonly Row[], versus: ((r: Row) => Row | null) | null): string {
  const header = ['cases', 'operation', 'median', 'baseline', 'ratio', 'spread', 'budget', 'verdict', ...(versus ? [`protected / unprotected (≤ ${PROTECTION_LIMIT}×)`, 'baselines: protected / unprotected'] : [])];
  const lines = rows.map((r) => [
    r.cases.toLocaleString('en'),
    r.name,
    `${format(r.median)} ${r.unit}`,
    r.baselineMedian === null ? '—' : `${format(r.baselineMedian)} ms`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    spreadText(r.samples),
    budgetText(r.budget),
    r.verdict || '—',
    ...(versus ? [protectionText(r, versus(r)), baselinesText(r, versus(r))] : []),
  ]);
  return render(header, lines, [2, 3, 4, 5, 8, 9]);
}

/** The protected figure over the unprotected one, "ok" within PROTECTION_LIMIT, "MISS" past it; the heap is shown, not judged. */
function protectionText(r: Row, clear: Row | null): string {
  if (!clear || clear.median <= 0) return '—';
  const times = r.median / clear.median;
  if (r.unit !== 'ms') return `${times.toFixed(2)}×`;
  return `${times.toFixed(2)}× ${times <= PROTECTION_LIMIT ? 'ok' : 'MISS'}`;
}

/**
 * The protected figure's raw baseline over the unprotected one's: what protection costs IndexedDB and WebCrypto
 * themselves (sealed records, reads by key where no index may order sealed names, envelopes opened). An app that
 * does its baseline's work cannot come under it; one that overlaps it (the CSV export's chunks) may.
 */
function baselinesText(r: Row, clear: Row | null): string {
  if (!clear || r.baselineMedian === null || clear.baselineMedian === null || clear.baselineMedian <= 0) return '—';
  return `${(r.baselineMedian / clear.baselineMedian).toFixed(2)}×`;
}

/** A Markdown table; the columns of `right` aligned right. */
function render(header: string[], lines: string[][], right: number[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}

/** The slowest run over the fastest, with "!" past SPREAD_LIMIT; "—" for a figure of one run. */
function spreadText(samples: readonly number[]): string {
  if (samples.length < 2) return '—';
  const spread = Math.max(...samples) / Math.min(...samples);
  return `${spread.toFixed(1)}×${spread > SPREAD_LIMIT ? ' !' : ''}`;
}

/** Each figure of this run over the same figure (same size, same name) of an earlier run's results. */
function comparison(rows: readonly Row[], file: string): string {
  const earlier = JSON.parse(readFileSync(file, 'utf8')) as { startedAt: string; commit: string; rows: Row[] };
  // Results from before the protected mode was measured hold no mode: theirs was the unprotected workstation.
  const key = (r: Pick<Row, 'cases' | 'name'> & { mode?: Mode | null }) => `${r.cases}|${r.mode === undefined ? 'unprotected' : r.mode}|${r.name}`;
  const before = new Map(earlier.rows.map((r) => [key(r), r]));
  const lines = rows.map((r) => {
    const then = before.get(key(r));
    const change = then ? `${(r.median / then.median).toFixed(2)}×` : '—';
    const ratioThen = then?.ratio ?? null;
    return [r.cases.toLocaleString('en'), r.mode ?? '—', r.name, then ? `${format(then.median)} ${then.unit}` : '—', `${format(r.median)} ${r.unit}`, change, ratioThen === null ? '—' : `${ratioThen.toFixed(2)}×`, r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`];
  });
  const header = ['cases', 'workstation', 'operation', 'earlier', 'now', 'now ÷ earlier', 'earlier ratio', 'ratio now'];
  return `Compared with ${path.basename(file)} (commit ${earlier.commit}, ${earlier.startedAt}):\n${render(header, lines, [3, 4, 5, 6, 7])}`;
}

function loadText(load: readonly number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

function currentCommit(): string {
  return spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
}

/** `npm run bench -- --report FILE…`: the table of earlier results files, one after the other, to compare runs. */
function report(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('Usage: npm run bench -- --report bench-results/<file>.json [more files]');
    return 2;
  }
  for (const file of files) {
    const results = JSON.parse(readFileSync(file, 'utf8')) as { startedAt: string; commit: string; rows: (Row & Measurement)[] };
    console.log(`\n${path.basename(file)} (commit ${results.commit}, ${results.startedAt})`);
    // Results from before the protected mode hold no mode: theirs was the unprotected workstation (the preview rows aside).
    const mode = (r: Row) => (r.mode !== undefined ? r.mode : r.name.includes('preview') ? null : 'unprotected');
    console.log(tables(results.rows.map((r) => ({ ...row(r.cases, mode(r), r), unit: r.unit }))));
  }
  return 0;
}

function writeResults(plan: Plan, rows: readonly Row[], browser: string, failures: readonly string[], loads: readonly Load[], commit: string): string {
  const dir = path.join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const startedAt = new Date().toISOString();
  const file = path.join(dir, `${startedAt.replace(/[:.]/g, '-')}${plan.smoke ? '-smoke' : ''}.json`);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, browser };
  writeFileSync(file, `${JSON.stringify({ startedAt, commit, machine, loads, plan, failures, rows }, null, 2)}\n`);
  return file;
}
