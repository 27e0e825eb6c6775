// `pnpm --filter @ummah/repo-checks check`: lists every path in a test, script or source file that
// leaves the repository, and exits with 1 when there is one.
import { REPO_ROOT, scanRepository } from './outside-paths.js';

const outside = await scanRepository(REPO_ROOT);
for (const found of outside) {
  const why = found.reason === 'absolute' ? 'a path on one machine' : 'climbs out of the repository';
  console.error(`${found.file}:${found.line}: '${found.literal}' is ${why}`);
}
if (outside.length > 0) {
  console.error(`${outside.length} path(s) outside the repository; use a copy inside it instead.`);
  process.exitCode = 1;
} else {
  console.log('no test or script reads a path outside the repository');
}
