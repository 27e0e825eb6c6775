// Read from package.json at build time (esbuild keeps only this field), so a release bump by
// `changeset version` can never leave the User-Agent reporting an old version.
import { version } from '../package.json';

/** Version of @ummah/core, as published. */
export const VERSION: string = version;
