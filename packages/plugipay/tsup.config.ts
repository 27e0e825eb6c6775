import { defineConfig } from 'tsup';
import { clientBuild } from '../../tooling/build/tsup-client.js';

export default defineConfig(clientBuild('Plugipay'));
