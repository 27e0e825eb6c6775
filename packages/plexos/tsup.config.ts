import { defineConfig } from 'tsup';
import { clientBuild } from '../../tooling/build/tsup-library.js';

export default defineConfig(clientBuild('Plexos'));
