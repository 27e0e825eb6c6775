// Read from package.json at build time (esbuild keeps only this field), so a release bump by
// `changeset version` can never leave the User-Agent reporting an old version.
import { version } from '../package.json';

/**
 * The published version of `@ummah/plumaas`, sent in the `User-Agent` header so the gateway's
 * support team can tell which SDK release made a request.
 */
export const VERSION: string = version;
