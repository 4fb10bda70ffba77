import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

// `npm run bench` measures; nothing here asserts a time. Run alone: it is not part of `npm test`.
export default defineConfig({ ...base, test: { ...base.test, include: ['bench/**/*.measure.ts'], maxWorkers: 1, testTimeout: 300_000 } });
