#!/usr/bin/env node
// The `ummah-mock` command. A committed file, so that installing the workspace (or a package that
// depends on @ummah/testing) can link the command before anything is built; the CLI itself is
// `dist/cli.js`, which the build writes and the published package ships.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);

if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'ummah-mock: @ummah/testing is not built yet (dist/cli.js is missing).\n' +
      'In a clone of the repository, run `pnpm build` first, or `pnpm mock` from the root, which builds and starts it.\n',
  );
  process.exitCode = 1;
}
