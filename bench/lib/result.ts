/** The shape of one benchmark row and of a results file. */

/** Quality of the groups a method found. */
export interface Quality {
  readonly groups: number;
  /** Distinct accounts in any group. */
  readonly accounts: number;
  /** Account-level F1 / precision / recall and AMI against the planted truth (synthetic only). */
  readonly f1: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly ami: number | null;
  /** Null world: runs (windows, or 1 for window-less methods) and runs with ≥ 1 detection. */
  readonly nullFp: { readonly runs: number; readonly withSwarm: number } | null;
}

/** One (method, input) measurement. */
export interface MethodResult {
  readonly method: string;
  readonly input: string;
  readonly status: 'ok' | 'timeout' | 'error';
  /** Method wall time, ms (for a timeout: the limit). */
  readonly wallMs: number;
  readonly phases: Readonly<Record<string, number>>;
  /** Peak RSS of the method's process, MB (VmHWM). */
  readonly rssMb: number | null;
  /** RSS before the method ran (runtime + modules), MB. */
  readonly baseRssMb: number | null;
  readonly counts: Readonly<Record<string, number>>;
  readonly quality: Quality | null;
  readonly error?: string;
  /** Suite that produced the row (a results file merges the rows of one day and machine). */
  readonly suite?: 'quick' | 'full';
  /** Time limit the row ran under, ms. */
  readonly timeoutMs?: number;
}

/** A results file (bench/results/<date>-<machine>.json). */
export interface ResultsFile {
  readonly schema: 1;
  readonly suite: 'quick' | 'full';
  readonly date: string;
  readonly command: string;
  readonly machine: {
    readonly name: string;
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGb: number;
    readonly loadAverage: readonly number[];
  };
  readonly library: { readonly version: string; readonly commit: string | null };
  /** Time limit of the last run that wrote the file, ms (each row has its own). */
  readonly timeoutMs: number;
  /** Wall time of the whole suite run, ms. */
  readonly suiteMs: number;
  readonly results: readonly MethodResult[];
}
