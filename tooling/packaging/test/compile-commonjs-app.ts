import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../src/run-command.js';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** How the merchant's CommonJS TypeScript project resolves modules. */
export interface CommonJsCompileOptions {
  readonly module: 'node16' | 'nodenext';
  readonly esModuleInterop: boolean;
}

/**
 * Type-checks `app.ts` in `app` as a strict CommonJS TypeScript project would, with the published
 * declarations checked too (`skipLibCheck: false`), and returns tsc's output ('' when it compiles).
 */
export async function compileCommonJsApp(app: string, options: CommonJsCompileOptions): Promise<string> {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: options.module,
      moduleResolution: options.module,
      esModuleInterop: options.esModuleInterop,
      types: ['node'],
      typeRoots: [resolve(here, '..', 'node_modules', '@types')],
    },
    files: ['app.ts'],
  };
  const project = `tsconfig.${options.module}.${options.esModuleInterop}.json`;
  await writeFile(join(app, project), JSON.stringify(config));
  const result = await runCommand(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: app });
  return `${result.stdout}${result.stderr}`.trim();
}
