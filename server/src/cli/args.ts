import { RULE_LEVELS, RuleLevel } from '../service';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: podlint [options] <file | directory | ->...

Checks Kubernetes manifests (Pods and the pod templates of Deployments, StatefulSets,
DaemonSets, ReplicaSets, ReplicationControllers, Jobs and CronJobs).

Options:
  --format <format>          text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  --fix                      apply the safe fixes in place (to stdout for -)
  --rule <id>=<severity>     override a rule: off, hint, information, warning, error
  --kubernetes-version <v>   Kubernetes minor version to check against (e.g. 1.33; default: the newest)
  --quiet                    report errors only
  --max-warnings <n>         exit 1 when there are more than n warnings
  --summary                  add the number of problems per rule
  --ignore-pattern <pattern> skip files and directories matching a .gitignore-style pattern
  --stdin-filename <path>    the name to report (and to find .podlint.yaml) for -
  --color, --no-color        force or turn off colors in text output
  --list-rules               print the rules and exit
  -h, --help                 show this help
  -v, --version              show the version

Directories are searched for *.yaml and *.yml files, skipping node_modules, hidden entries and
what a .podlintignore (in the current directory or above) excludes. - reads stdin (several
documents separated by --- are fine: pipe kubectl kustomize or helm template output).
Exit code: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or I/O error.`;

export class UsageError extends Error {}

export interface Options {
  format: Format;
  fix: boolean;
  rules: Record<string, RuleLevel>;
  kubernetesVersion?: string;
  inputs: string[];
  listRules: boolean;
  quiet: boolean;
  summary: boolean;
  maxWarnings?: number;
  ignorePatterns: string[];
  stdinFilename?: string;
  /** Undefined: decided by the terminal and NO_COLOR/FORCE_COLOR. */
  color?: boolean;
}

export type Command = { kind: 'lint'; options: Options } | { kind: 'help' } | { kind: 'version' };

/** Splits `--flag=value`; only long options take inline values. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

export function parseArgs(argv: readonly string[]): Command {
  const opts: Options = { format: 'text', fix: false, rules: {}, inputs: [], listRules: false, quiet: false, summary: false, ignorePatterns: [] };
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (endOfOptions || arg === '-' || !arg.startsWith('-')) {
      opts.inputs.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const noValue = (): void => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '--':
        endOfOptions = true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (use ${FORMATS.join(', ')})`);
        opts.format = f as Format;
        break;
      }
      case '--rule': {
        const spec = value();
        const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(spec);
        if (!m || !(RULE_LEVELS as readonly string[]).includes(m[2])) {
          throw new UsageError(`--rule expects <id>=<${RULE_LEVELS.join('|')}>, got "${spec}"`);
        }
        opts.rules[m[1]] = m[2] as RuleLevel;
        break;
      }
      case '--kubernetes-version':
        opts.kubernetesVersion = value();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a number of warnings, got "${v}"`);
        opts.maxWarnings = Number(v);
        break;
      }
      case '--ignore-pattern':
        opts.ignorePatterns.push(value());
        break;
      case '--stdin-filename':
        opts.stdinFilename = value();
        break;
      case '--fix':
      case '--quiet':
      case '--summary':
      case '--list-rules':
      case '--color':
      case '--no-color':
        noValue();
        if (flag === '--fix') opts.fix = true;
        else if (flag === '--quiet') opts.quiet = true;
        else if (flag === '--summary') opts.summary = true;
        else if (flag === '--list-rules') opts.listRules = true;
        else opts.color = flag === '--color';
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  const stdinCount = opts.inputs.filter((i) => i === '-').length;
  if (stdinCount > 1) throw new UsageError('- (stdin) can be given only once');
  if (opts.stdinFilename !== undefined && !stdinCount) throw new UsageError('--stdin-filename needs - (stdin) among the inputs');
  if (!opts.listRules && !opts.inputs.length) throw new UsageError('no files given');
  return { kind: 'lint', options: opts };
}
