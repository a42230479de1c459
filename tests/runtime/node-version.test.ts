/** npm scripts run on the pinned Node 24 (`node_modules/.bin/node`), whatever the system Node is. */
import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('is the Node 24 pinned as the devDependency `node`', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
