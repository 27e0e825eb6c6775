import { defineConfig } from 'tsup';
import { clientBuild } from '../../tooling/build/tsup-library.js';

// `node` holds the Node helpers (files, streams); only the main entry exports the class.
export default defineConfig(clientBuild('Ummah', ['src/index.ts', 'src/node.ts']));
