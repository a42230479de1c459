/**
 * `handbook diff` against real git repositories: the fixture handbook on `main`, one commit per
 * kind of change on a branch. Each test asserts every field the JSON sets (`changesOf` drops only
 * what is empty) and every line of the Markdown.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  briefText,
  changesOf,
  cleanUp,
  commit,
  diffBoth,
  diffIn,
  edit,
  git,
  handbookRepo,
  write,
} from './helpers.ts';

afterEach(cleanUp);

const Q1 = 'content/initiatives/2027-q1';

describe('handbook diff: one commit per kind of change', { timeout: 60_000 }, () => {
  it('says so in one line when nothing changed, with exit code 0', async () => {
    const root = handbookRepo();
    const { code, json, markdown } = await diffBoth(root);
    expect(code).toBe(0);
    expect(json.empty).toBe(true);
    expect(changesOf(json)).toEqual({});
    expect(markdown).toBe('No change to the strategy since main.\n');
  });

  it('a brief added', async () => {
    const root = handbookRepo();
    write(
      root,
      `${Q1}/audit-log.mdx`,
      briefText({ title: 'Audit log', quarter: '2027-Q1', pillar: 'reliability', owner: '@ola' }),
    );
    commit(root, 'add a brief');
    const { json, markdown } = await diffBoth(root);
    expect(json.headline).toBe('1 brief added (feature)');
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "added": [
            {
              "file": "content/initiatives/2027-q1/audit-log.mdx",
              "id": "audit-log",
              "kind": "feature",
              "owner": "@ola",
              "pillar": "reliability",
              "pillarTitle": "Platform reliability",
              "quarter": "2027-Q1",
              "status": "proposed",
              "title": "Audit log",
            },
          ],
        },
        "pillars": [
          {
            "change": null,
            "committed": {
              "after": 4,
              "before": 3,
            },
            "counts": [
              {
                "after": 3,
                "before": 2,
                "status": "proposed",
              },
            ],
            "gainedFirstCommitted": false,
            "id": "reliability",
            "lostLastCommitted": false,
            "title": "Platform reliability",
          },
        ],
        "quarters": [
          {
            "committed": {
              "after": 5,
              "before": 4,
              "entered": [
                "audit-log",
              ],
              "left": [],
            },
            "deprioritized": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "done": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "exploratory": {
              "after": 1,
              "before": 1,
              "entered": [],
              "left": [],
            },
            "quarter": "2027-Q1",
            "techDebt": {
              "after": {
                "over": false,
                "share": 0.16666666666666666,
                "techDebt": 1,
                "total": 6,
              },
              "before": {
                "over": false,
                "share": 0.2,
                "techDebt": 1,
                "total": 5,
              },
            },
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 brief added \\(feature\\).**

      Compared with \`main\` at \`<commit>\`.

      #### Platform reliability \`reliability\`

      - **Added** [Audit log](https://acme.example/handbook/initiatives/audit-log/): 2027-Q1 · feature · proposed · owner \`@ola\`
      - Initiatives: proposed 2 → 3 (committed 3 → 4)

      <details><summary>Roadmap and tech debt by quarter (1 quarter)</summary>

      | Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit 20%) |
      |---|---:|---:|---:|---:|---:|
      | 2027-Q1 | 4 → 5 | 1 | 0 | 0 | 20% (1/5) → 17% (1/6) |

      - **2027-Q1**: committed + \`audit-log\`

      </details>
      "
    `);
  });

  it('a brief removed', async () => {
    const root = handbookRepo();
    git(root, 'rm', '-q', `content/initiatives/2027-q2/mobile-app.mdx`);
    commit(root, 'remove a brief');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "removed": [
            {
              "file": "content/initiatives/2027-q2/mobile-app.mdx",
              "id": "mobile-app",
              "kind": "feature",
              "owner": "@dana",
              "pillar": "growth",
              "pillarTitle": "Self-serve growth",
              "quarter": "2027-Q2",
              "status": "proposed",
              "title": "Mobile app for team leads",
            },
          ],
        },
        "pillars": [
          {
            "change": null,
            "committed": {
              "after": 1,
              "before": 2,
            },
            "counts": [
              {
                "after": 0,
                "before": 1,
                "status": "proposed",
              },
            ],
            "gainedFirstCommitted": false,
            "id": "growth",
            "lostLastCommitted": false,
            "title": "Self-serve growth",
          },
        ],
        "quarters": [
          {
            "committed": {
              "after": 0,
              "before": 1,
              "entered": [],
              "left": [
                "mobile-app",
              ],
            },
            "deprioritized": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "done": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "exploratory": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "quarter": "2027-Q2",
            "techDebt": {
              "after": {
                "over": false,
                "share": null,
                "techDebt": 0,
                "total": 0,
              },
              "before": {
                "over": false,
                "share": 0,
                "techDebt": 0,
                "total": 1,
              },
            },
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 brief removed.**

      Compared with \`main\` at \`<commit>\`.

      #### Self-serve growth \`growth\`

      - **Removed** Mobile app for team leads: 2027-Q2 · feature · proposed · owner \`@dana\`
      - Initiatives: proposed 1 → 0 (committed 2 → 1)

      <details><summary>Roadmap and tech debt by quarter (1 quarter)</summary>

      | Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit 20%) |
      |---|---:|---:|---:|---:|---:|
      | 2027-Q2 | 1 → 0 | 0 | 0 | 0 | 0% (0/1) → none (0/0) |

      - **2027-Q2**: committed − \`mobile-app\`

      </details>
      "
    `);
  });

  it('a brief moved to another quarter folder is a move, not an add and a remove', async () => {
    const root = handbookRepo();
    git(root, 'mv', `${Q1}/faster-checkout.mdx`, 'content/initiatives/2027-q2/faster-checkout.mdx');
    edit(
      root,
      'content/initiatives/2027-q2/faster-checkout.mdx',
      'quarter: 2027-Q1',
      'quarter: 2027-Q2',
    );
    commit(root, 'move a brief');
    const { json, markdown } = await diffBoth(root);
    expect(json.briefs.added).toEqual([]);
    expect(json.briefs.removed).toEqual([]);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "changed": [
            {
              "brief": {
                "file": "content/initiatives/2027-q2/faster-checkout.mdx",
                "id": "faster-checkout",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "growth",
                "pillarTitle": "Self-serve growth",
                "quarter": "2027-Q2",
                "status": "active",
                "title": "Faster checkout",
              },
              "changes": [
                {
                  "after": "2027-Q2",
                  "before": "2027-Q1",
                  "field": "quarter",
                },
              ],
            },
          ],
          "moved": [
            {
              "brief": {
                "file": "content/initiatives/2027-q2/faster-checkout.mdx",
                "id": "faster-checkout",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "growth",
                "pillarTitle": "Self-serve growth",
                "quarter": "2027-Q2",
                "status": "active",
                "title": "Faster checkout",
              },
              "from": "content/initiatives/2027-q1/faster-checkout.mdx",
              "to": "content/initiatives/2027-q2/faster-checkout.mdx",
            },
          ],
        },
        "health": [
          {
            "after": 1,
            "before": 0,
            "indicator": "tech-debt",
          },
        ],
        "quarters": [
          {
            "committed": {
              "after": 3,
              "before": 4,
              "entered": [],
              "left": [
                "faster-checkout",
              ],
            },
            "deprioritized": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "done": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "exploratory": {
              "after": 1,
              "before": 1,
              "entered": [],
              "left": [],
            },
            "quarter": "2027-Q1",
            "techDebt": {
              "after": {
                "over": true,
                "share": 0.25,
                "techDebt": 1,
                "total": 4,
              },
              "before": {
                "over": false,
                "share": 0.2,
                "techDebt": 1,
                "total": 5,
              },
            },
          },
          {
            "committed": {
              "after": 2,
              "before": 1,
              "entered": [
                "faster-checkout",
              ],
              "left": [],
            },
            "deprioritized": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "done": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "exploratory": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "quarter": "2027-Q2",
            "techDebt": {
              "after": {
                "over": false,
                "share": 0,
                "techDebt": 0,
                "total": 2,
              },
              "before": {
                "over": false,
                "share": 0,
                "techDebt": 0,
                "total": 1,
              },
            },
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 moved to 2027-Q2; tech debt in 2027-Q1 goes from 20% to 25% of the quarter \\(limit 20%\\).**

      Compared with \`main\` at \`<commit>\`.

      #### Self-serve growth \`growth\`

      - **Moved to 2027-Q2** [Faster checkout](https://acme.example/handbook/initiatives/faster-checkout/): quarter 2027-Q1 → 2027-Q2; file \`content/initiatives/2027-q1/faster-checkout.mdx\` → \`content/initiatives/2027-q2/faster-checkout.mdx\`

      <details><summary>Roadmap and tech debt by quarter (2 quarters)</summary>

      | Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit 20%) |
      |---|---:|---:|---:|---:|---:|
      | 2027-Q1 | 4 → 3 | 1 | 0 | 0 | 20% (1/5) → 25% (1/4) ⚠️ |
      | 2027-Q2 | 1 → 2 | 0 | 0 | 0 | 0% (0/2) |

      - **2027-Q1**: committed − \`faster-checkout\`
      - **2027-Q2**: committed + \`faster-checkout\`

      </details>

      <details><summary>Health indicators (1 change)</summary>

      | Indicator | Before | After |
      |---|---:|---:|
      | Pillars without committed work | 0 | 0 |
      | Reviews past their cadence | 0 | 0 |
      | Quarters over tech-debt capacity | 0 | 1 |
      | Briefs blocked by unfinished dependencies | 1 | 1 |
      | Owners with more than 3 committed initiatives | 0 | 0 |
      | Vision answers due a check-in | 0 | 0 |
      | Open vision gaps | 1 | 1 |
      | Dependency cycles | 0 | 0 |

      </details>
      "
    `);
  });

  it('a brief file renamed into another folder, same id and quarter: a file move only', async () => {
    const root = handbookRepo();
    mkdirSync(join(root, 'content/initiatives/payments'));
    git(root, 'mv', `${Q1}/payments-api.mdx`, 'content/initiatives/payments/payments-api.mdx');
    commit(root, 'rename');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "moved": [
            {
              "brief": {
                "file": "content/initiatives/payments/payments-api.mdx",
                "id": "payments-api",
                "kind": "feature",
                "owner": "@kim",
                "pillar": "reliability",
                "pillarTitle": "Platform reliability",
                "quarter": "2027-Q1",
                "status": "active",
                "title": "Payments API v2",
              },
              "from": "content/initiatives/2027-q1/payments-api.mdx",
              "to": "content/initiatives/payments/payments-api.mdx",
            },
          ],
        },
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 brief file renamed or moved.**

      Compared with \`main\` at \`<commit>\`.

      #### Platform reliability \`reliability\`

      - **File moved** [Payments API v2](https://acme.example/handbook/initiatives/payments-api/): \`content/initiatives/2027-q1/payments-api.mdx\` → \`content/initiatives/payments/payments-api.mdx\`
      "
    `);
  });

  it('status, owner, kind and title changed', async () => {
    const root = handbookRepo();
    edit(root, 'content/initiatives/2027-q2/mobile-app.mdx', 'status: proposed', 'status: active');
    edit(root, `${Q1}/payments-api.mdx`, 'owner: "@kim"', 'owner: "@payments-team"');
    edit(root, `${Q1}/fraud-checks.mdx`, 'kind: feature', 'kind: enablement');
    edit(
      root,
      `${Q1}/fraud-checks.mdx`,
      'title: Fraud checks at signup',
      'title: Fraud checks before the first payment',
    );
    commit(root, 'edit fields');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "changed": [
            {
              "brief": {
                "file": "content/initiatives/2027-q2/mobile-app.mdx",
                "id": "mobile-app",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "growth",
                "pillarTitle": "Self-serve growth",
                "quarter": "2027-Q2",
                "status": "active",
                "title": "Mobile app for team leads",
              },
              "changes": [
                {
                  "after": "active",
                  "before": "proposed",
                  "field": "status",
                },
              ],
            },
            {
              "brief": {
                "file": "content/initiatives/2027-q1/fraud-checks.mdx",
                "id": "fraud-checks",
                "kind": "enablement",
                "owner": "@ola",
                "pillar": "reliability",
                "pillarTitle": "Platform reliability",
                "quarter": "2027-Q1",
                "status": "proposed",
                "title": "Fraud checks before the first payment",
              },
              "changes": [
                {
                  "after": "enablement",
                  "before": "feature",
                  "field": "kind",
                },
                {
                  "after": "Fraud checks before the first payment",
                  "before": "Fraud checks at signup",
                  "field": "title",
                },
              ],
            },
            {
              "brief": {
                "file": "content/initiatives/2027-q1/payments-api.mdx",
                "id": "payments-api",
                "kind": "feature",
                "owner": "@payments-team",
                "pillar": "reliability",
                "pillarTitle": "Platform reliability",
                "quarter": "2027-Q1",
                "status": "active",
                "title": "Payments API v2",
              },
              "changes": [
                {
                  "after": "@payments-team",
                  "before": "@kim",
                  "field": "owner",
                },
              ],
            },
          ],
        },
        "pillars": [
          {
            "change": null,
            "committed": {
              "after": 2,
              "before": 2,
            },
            "counts": [
              {
                "after": 2,
                "before": 1,
                "status": "active",
              },
              {
                "after": 0,
                "before": 1,
                "status": "proposed",
              },
            ],
            "gainedFirstCommitted": false,
            "id": "growth",
            "lostLastCommitted": false,
            "title": "Self-serve growth",
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 now active, 2 edited \\(kind, owner, title\\).**

      Compared with \`main\` at \`<commit>\`.

      #### Platform reliability \`reliability\`

      - **Changed** [Fraud checks before the first payment](https://acme.example/handbook/initiatives/fraud-checks/): kind feature → enablement, title “Fraud checks at signup” → “Fraud checks before the first payment”
      - **Changed** [Payments API v2](https://acme.example/handbook/initiatives/payments-api/): owner \`@kim\` → \`@payments-team\`

      #### Self-serve growth \`growth\`

      - **Now active** [Mobile app for team leads](https://acme.example/handbook/initiatives/mobile-app/): status proposed → active
      - Initiatives: active 1 → 2, proposed 1 → 0 (committed 2)
      "
    `);
  });

  it('a brief moved to another pillar, which loses its last committed initiative', async () => {
    const root = handbookRepo();
    edit(
      root,
      'content/initiatives/2027-q2/mobile-app.mdx',
      'pillar: growth',
      'pillar: reliability',
    );
    edit(root, `${Q1}/faster-checkout.mdx`, 'status: active', 'status: done');
    commit(root, 'pillar');
    const { json, markdown } = await diffBoth(root);
    expect(json.pillars.find((p) => p.id === 'growth')?.lostLastCommitted).toBe(true);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "changed": [
            {
              "brief": {
                "file": "content/initiatives/2027-q1/faster-checkout.mdx",
                "id": "faster-checkout",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "growth",
                "pillarTitle": "Self-serve growth",
                "quarter": "2027-Q1",
                "status": "done",
                "title": "Faster checkout",
              },
              "changes": [
                {
                  "after": "done",
                  "before": "active",
                  "field": "status",
                },
              ],
            },
            {
              "brief": {
                "file": "content/initiatives/2027-q2/mobile-app.mdx",
                "id": "mobile-app",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "reliability",
                "pillarTitle": "Platform reliability",
                "quarter": "2027-Q2",
                "status": "proposed",
                "title": "Mobile app for team leads",
              },
              "changes": [
                {
                  "after": "reliability",
                  "before": "growth",
                  "field": "pillar",
                },
              ],
            },
          ],
        },
        "health": [
          {
            "after": 1,
            "before": 0,
            "indicator": "orphan-pillars",
          },
        ],
        "pillars": [
          {
            "change": null,
            "committed": {
              "after": 0,
              "before": 2,
            },
            "counts": [
              {
                "after": 0,
                "before": 1,
                "status": "active",
              },
              {
                "after": 0,
                "before": 1,
                "status": "proposed",
              },
              {
                "after": 1,
                "before": 0,
                "status": "done",
              },
            ],
            "gainedFirstCommitted": false,
            "id": "growth",
            "lostLastCommitted": true,
            "title": "Self-serve growth",
          },
          {
            "change": null,
            "committed": {
              "after": 4,
              "before": 3,
            },
            "counts": [
              {
                "after": 3,
                "before": 2,
                "status": "proposed",
              },
            ],
            "gainedFirstCommitted": false,
            "id": "reliability",
            "lostLastCommitted": false,
            "title": "Platform reliability",
          },
        ],
        "quarters": [
          {
            "committed": {
              "after": 3,
              "before": 4,
              "entered": [],
              "left": [
                "faster-checkout",
              ],
            },
            "deprioritized": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "done": {
              "after": 1,
              "before": 0,
              "entered": [
                "faster-checkout",
              ],
              "left": [],
            },
            "exploratory": {
              "after": 1,
              "before": 1,
              "entered": [],
              "left": [],
            },
            "quarter": "2027-Q1",
            "techDebt": {
              "after": {
                "over": false,
                "share": 0.2,
                "techDebt": 1,
                "total": 5,
              },
              "before": {
                "over": false,
                "share": 0.2,
                "techDebt": 1,
                "total": 5,
              },
            },
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 now done, 1 moved to another pillar; pillar Self-serve growth loses its last committed initiative.**

      Compared with \`main\` at \`<commit>\`.

      #### Platform reliability \`reliability\`

      - **Changed pillar** [Mobile app for team leads](https://acme.example/handbook/initiatives/mobile-app/): pillar \`growth\` → \`reliability\`
      - Initiatives: proposed 2 → 3 (committed 3 → 4)

      #### Self-serve growth \`growth\`

      - **Now done** [Faster checkout](https://acme.example/handbook/initiatives/faster-checkout/): status active → done
      - ⚠️ **Loses its last committed initiative** (no proposed or active brief left)
      - Initiatives: active 1 → 0, proposed 1 → 0, done 0 → 1 (committed 2 → 0)

      <details><summary>Roadmap and tech debt by quarter (1 quarter)</summary>

      | Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit 20%) |
      |---|---:|---:|---:|---:|---:|
      | 2027-Q1 | 4 → 3 | 1 | 0 → 1 | 0 | 20% (1/5) |

      - **2027-Q1**: committed − \`faster-checkout\`; done + \`faster-checkout\`

      </details>

      <details><summary>Health indicators (1 change)</summary>

      | Indicator | Before | After |
      |---|---:|---:|
      | Pillars without committed work | 0 | 1 |
      | Reviews past their cadence | 0 | 0 |
      | Quarters over tech-debt capacity | 0 | 0 |
      | Briefs blocked by unfinished dependencies | 1 | 1 |
      | Owners with more than 3 committed initiatives | 0 | 0 |
      | Vision answers due a check-in | 0 | 0 |
      | Open vision gaps | 1 | 1 |
      | Dependency cycles | 0 | 0 |

      </details>
      "
    `);
  });

  it('a dependency added that makes a cycle and blocks a brief; one removed that unblocks another', async () => {
    const root = handbookRepo();
    edit(
      root,
      `${Q1}/payments-api.mdx`,
      'reviewed: 2026-10-01',
      'dependsOn: [fraud-checks]\nreviewed: 2026-10-01',
    );
    edit(root, `${Q1}/fraud-checks.mdx`, 'dependsOn: [payments-api]\n', '');
    edit(
      root,
      'content/initiatives/2027-q2/mobile-app.mdx',
      'reviewed: 2026-10-01',
      'dependsOn: [faster-checkout, payments-api]\nreviewed: 2026-10-01',
    );
    edit(
      root,
      `${Q1}/faster-checkout.mdx`,
      'reviewed: 2026-10-01',
      'dependsOn: [faster-checkout]\nreviewed: 2026-10-01',
    );
    commit(root, 'dependencies');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "dependencies": {
          "added": [
            {
              "from": "faster-checkout",
              "to": "faster-checkout",
            },
            {
              "from": "mobile-app",
              "to": "faster-checkout",
            },
            {
              "from": "mobile-app",
              "to": "payments-api",
            },
            {
              "from": "payments-api",
              "to": "fraud-checks",
            },
          ],
          "newCycles": [
            [
              "faster-checkout",
            ],
          ],
          "newlyBlocked": [
            {
              "brief": {
                "file": "content/initiatives/2027-q1/faster-checkout.mdx",
                "id": "faster-checkout",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "growth",
                "pillarTitle": "Self-serve growth",
                "quarter": "2027-Q1",
                "status": "active",
                "title": "Faster checkout",
              },
              "waitingOn": [
                "faster-checkout",
              ],
            },
            {
              "brief": {
                "file": "content/initiatives/2027-q2/mobile-app.mdx",
                "id": "mobile-app",
                "kind": "feature",
                "owner": "@dana",
                "pillar": "growth",
                "pillarTitle": "Self-serve growth",
                "quarter": "2027-Q2",
                "status": "proposed",
                "title": "Mobile app for team leads",
              },
              "waitingOn": [
                "faster-checkout",
                "payments-api",
              ],
            },
            {
              "brief": {
                "file": "content/initiatives/2027-q1/payments-api.mdx",
                "id": "payments-api",
                "kind": "feature",
                "owner": "@kim",
                "pillar": "reliability",
                "pillarTitle": "Platform reliability",
                "quarter": "2027-Q1",
                "status": "active",
                "title": "Payments API v2",
              },
              "waitingOn": [
                "fraud-checks",
              ],
            },
          ],
          "removed": [
            {
              "from": "fraud-checks",
              "to": "payments-api",
            },
          ],
          "unblocked": [
            {
              "file": "content/initiatives/2027-q1/fraud-checks.mdx",
              "id": "fraud-checks",
              "kind": "feature",
              "owner": "@ola",
              "pillar": "reliability",
              "pillarTitle": "Platform reliability",
              "quarter": "2027-Q1",
              "status": "proposed",
              "title": "Fraud checks at signup",
            },
          ],
        },
        "health": [
          {
            "after": 3,
            "before": 1,
            "indicator": "blocked",
          },
          {
            "after": 1,
            "before": 0,
            "indicator": "dependencies",
          },
        ],
        "lint": {
          "new": [
            {
              "column": 13,
              "file": "content/initiatives/2027-q1/faster-checkout.mdx",
              "line": 8,
              "message": "Unexpected dependency of \`faster-checkout\` on itself, expected the id of another brief",
              "ruleId": "brief-depends-on",
            },
          ],
        },
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 new dependency cycle; 3 briefs newly blocked; 1 new lint error.**

      Compared with \`main\` at \`<commit>\`.

      <details><summary>Dependencies</summary>

      - Added: \`faster-checkout\` depends on \`faster-checkout\`
      - Added: \`mobile-app\` depends on \`faster-checkout\`
      - Added: \`mobile-app\` depends on \`payments-api\`
      - Added: \`payments-api\` depends on \`fraud-checks\`
      - Removed: \`fraud-checks\` no longer depends on \`payments-api\`
      - ⚠️ **New cycle**: \`faster-checkout\` → \`faster-checkout\`
      - **Newly blocked**: Faster checkout \`faster-checkout\` waits on \`faster-checkout\`
      - **Newly blocked**: Mobile app for team leads \`mobile-app\` waits on \`faster-checkout\`, \`payments-api\`
      - **Newly blocked**: Payments API v2 \`payments-api\` waits on \`fraud-checks\`
      - Unblocked: Fraud checks at signup \`fraud-checks\`

      </details>

      <details><summary>Health indicators (2 changes)</summary>

      | Indicator | Before | After |
      |---|---:|---:|
      | Pillars without committed work | 0 | 0 |
      | Reviews past their cadence | 0 | 0 |
      | Quarters over tech-debt capacity | 0 | 0 |
      | Briefs blocked by unfinished dependencies | 1 | 3 |
      | Owners with more than 3 committed initiatives | 0 | 0 |
      | Vision answers due a check-in | 0 | 0 |
      | Open vision gaps | 1 | 1 |
      | Dependency cycles | 0 | 1 |

      </details>

      <details><summary>Lint errors (1 new, 0 fixed)</summary>

      - **New**: \`content/initiatives/2027-q1/faster-checkout.mdx:8:13\` \`brief-depends-on\` Unexpected dependency of \\\`faster-checkout\\\` on itself, expected the id of another brief

      </details>
      "
    `);
  });

  it('tech debt added over the quarter capacity', async () => {
    const root = handbookRepo();
    write(
      root,
      `${Q1}/drop-legacy-cache.mdx`,
      briefText({
        title: 'Drop the legacy cache',
        quarter: '2027-Q1',
        pillar: 'reliability',
        kind: 'tech-debt',
        extra: 'risk: medium\nimpact: Cache bugs cost a day of support a week.\n',
      }),
    );
    commit(root, 'tech debt');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "briefs": {
          "added": [
            {
              "file": "content/initiatives/2027-q1/drop-legacy-cache.mdx",
              "id": "drop-legacy-cache",
              "kind": "tech-debt",
              "owner": "@dana",
              "pillar": "reliability",
              "pillarTitle": "Platform reliability",
              "quarter": "2027-Q1",
              "status": "proposed",
              "title": "Drop the legacy cache",
            },
          ],
        },
        "health": [
          {
            "after": 1,
            "before": 0,
            "indicator": "tech-debt",
          },
        ],
        "pillars": [
          {
            "change": null,
            "committed": {
              "after": 4,
              "before": 3,
            },
            "counts": [
              {
                "after": 3,
                "before": 2,
                "status": "proposed",
              },
            ],
            "gainedFirstCommitted": false,
            "id": "reliability",
            "lostLastCommitted": false,
            "title": "Platform reliability",
          },
        ],
        "quarters": [
          {
            "committed": {
              "after": 5,
              "before": 4,
              "entered": [
                "drop-legacy-cache",
              ],
              "left": [],
            },
            "deprioritized": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "done": {
              "after": 0,
              "before": 0,
              "entered": [],
              "left": [],
            },
            "exploratory": {
              "after": 1,
              "before": 1,
              "entered": [],
              "left": [],
            },
            "quarter": "2027-Q1",
            "techDebt": {
              "after": {
                "over": true,
                "share": 0.3333333333333333,
                "techDebt": 2,
                "total": 6,
              },
              "before": {
                "over": false,
                "share": 0.2,
                "techDebt": 1,
                "total": 5,
              },
            },
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 brief added \\(tech debt\\); tech debt in 2027-Q1 goes from 20% to 33% of the quarter \\(limit 20%\\).**

      Compared with \`main\` at \`<commit>\`.

      #### Platform reliability \`reliability\`

      - **Added** [Drop the legacy cache](https://acme.example/handbook/initiatives/drop-legacy-cache/): 2027-Q1 · tech debt · proposed · owner \`@dana\`
      - Initiatives: proposed 2 → 3 (committed 3 → 4)

      <details><summary>Roadmap and tech debt by quarter (1 quarter)</summary>

      | Quarter | Committed | Exploratory | Done | Deprioritized | Tech debt (limit 20%) |
      |---|---:|---:|---:|---:|---:|
      | 2027-Q1 | 4 → 5 | 1 | 0 | 0 | 20% (1/5) → 33% (2/6) ⚠️ |

      - **2027-Q1**: committed + \`drop-legacy-cache\`

      </details>

      <details><summary>Health indicators (1 change)</summary>

      | Indicator | Before | After |
      |---|---:|---:|
      | Pillars without committed work | 0 | 0 |
      | Reviews past their cadence | 0 | 0 |
      | Quarters over tech-debt capacity | 0 | 1 |
      | Briefs blocked by unfinished dependencies | 1 | 1 |
      | Owners with more than 3 committed initiatives | 0 | 0 |
      | Vision answers due a check-in | 0 | 0 |
      | Open vision gaps | 1 | 1 |
      | Dependency cycles | 0 | 0 |

      </details>
      "
    `);
  });

  it('vision answer changed, a gap opened and one closed', async () => {
    const root = handbookRepo();
    edit(
      root,
      'content/vision/alex.mdx',
      'The default tool for small teams in Europe.',
      'The default tool for small and mid-sized teams in Europe.',
    );
    edit(
      root,
      'content/vision/gaps/customer-size.mdx',
      'status: open',
      'status: closed\nclosed: 2026-11-20',
    );
    write(
      root,
      'content/vision/gaps/pricing.mdx',
      '---\ntitle: Free tier or trial\nquestion: differentiation\nowner: "@alex"\nstatus: open\nopened: 2026-11-20\n---\n\nDecide before the launch.\n',
    );
    commit(root, 'vision');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "gaps": {
          "closed": [
            {
              "id": "customer-size",
              "question": "customer",
              "title": "Small teams or enterprises",
            },
          ],
          "opened": [
            {
              "id": "pricing",
              "question": "differentiation",
              "title": "Free tier or trial",
            },
          ],
        },
        "vision": {
          "answers": [
            {
              "change": "changed",
              "id": "alex",
              "question": "horizon-3",
              "respondent": "Alex Kim",
            },
          ],
        },
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 vision gap opened; 1 vision gap closed; vision answers of 1 leader changed.**

      Compared with \`main\` at \`<commit>\`.

      <details><summary>Vision answers and gaps</summary>

      - Alex Kim \`alex\`: answer to \`horizon-3\` changed
      - **Gap opened**: Free tier or trial \`pricing\` (question \`differentiation\`)
      - Gap closed: Small teams or enterprises \`customer-size\` (question \`customer\`)

      </details>
      "
    `);
  });

  it('North Star and indicator values changed', async () => {
    const root = handbookRepo();
    edit(
      root,
      'content/strategy/north-star.mdx',
      'current: { value: 1240, asOf: 2026-10-31 }',
      'current: { value: 1310, asOf: 2026-11-30 }',
    );
    edit(root, 'content/pillars/growth.mdx', 'current: "5%"', 'current: "6%"');
    commit(root, 'metrics');
    const { json, markdown } = await diffBoth(root);
    expect(changesOf(json)).toMatchInlineSnapshot(`
      {
        "indicators": [
          {
            "after": "6%",
            "before": "5%",
            "field": "current",
            "name": "Trial to paid conversion",
            "pillar": "growth",
          },
        ],
        "northStar": [
          {
            "after": "1,310 teams (as of 2026-11-30)",
            "before": "1,240 teams (as of 2026-10-31)",
            "field": "current",
          },
        ],
      }
    `);
    expect(markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **North Star changed.**

      Compared with \`main\` at \`<commit>\`.

      <details><summary>North Star and indicators</summary>

      - North Star current: 1,240 teams \\(as of 2026-10-31\\) → 1,310 teams \\(as of 2026-11-30\\)
      - Pillar \`growth\`, indicator “Trial to paid conversion”: current 5% → 6%

      </details>
      "
    `);
  });

  it('new and fixed lint errors, matched by file, rule and message; exit 1 for new ones', async () => {
    const root = handbookRepo();
    edit(root, `${Q1}/retire-queue.mdx`, /## Why\n\n[^#]*/, '## Why\n\nTBD\n\n');
    commit(root, 'break a brief');
    const broken = await diffBoth(root);
    expect(broken.code).toBe(1);
    expect(changesOf(broken.json)).toMatchInlineSnapshot(`
      {
        "lint": {
          "new": [
            {
              "column": 1,
              "file": "content/initiatives/2027-q1/retire-queue.mdx",
              "line": 15,
              "message": "Unexpected placeholder \`TBD\` in \`Why\`, expected the reason for this initiative",
              "ruleId": "brief-why",
            },
          ],
        },
      }
    `);
    expect(broken.markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 new lint error.**

      Compared with \`main\` at \`<commit>\`.

      <details><summary>Lint errors (1 new, 0 fixed)</summary>

      - **New**: \`content/initiatives/2027-q1/retire-queue.mdx:15:1\` \`brief-why\` Unexpected placeholder \\\`TBD\\\` in \\\`Why\\\`, expected the reason for this initiative

      </details>
      "
    `);

    git(root, 'branch', 'broken');
    git(root, 'checkout', '-q', '-b', 'fix');
    git(root, 'checkout', '-q', 'main', '--', `${Q1}/retire-queue.mdx`);
    commit(root, 'fix it');
    const fixed = await diffBoth(root, '--base', 'broken');
    expect(fixed.code).toBe(0);
    expect(changesOf(fixed.json)).toMatchInlineSnapshot(`
      {
        "lint": {
          "fixed": [
            {
              "column": 1,
              "file": "content/initiatives/2027-q1/retire-queue.mdx",
              "line": 15,
              "message": "Unexpected placeholder \`TBD\` in \`Why\`, expected the reason for this initiative",
              "ruleId": "brief-why",
            },
          ],
        },
      }
    `);
    expect(fixed.markdown).toMatchInlineSnapshot(`
      "### Strategy diff

      **1 lint error fixed.**

      Compared with \`broken\` at \`<commit>\`.

      <details><summary>Lint errors (0 new, 1 fixed)</summary>

      - Fixed: \`content/initiatives/2027-q1/retire-queue.mdx:15:1\` \`brief-why\` Unexpected placeholder \\\`TBD\\\` in \\\`Why\\\`, expected the reason for this initiative

      </details>
      "
    `);
  });

  it('counts uncommitted and untracked files, and gives the same output twice', async () => {
    const root = handbookRepo();
    write(
      root,
      `${Q1}/audit-log.mdx`,
      briefText({ title: 'Audit log', quarter: '2027-Q1', pillar: 'reliability' }),
    );
    edit(root, 'content/initiatives/2027-q2/mobile-app.mdx', 'owner: "@dana"', 'owner: "@lee"');
    const first = await diffIn(root, '--format', 'json');
    const second = await diffIn(root, '--format', 'json');
    expect(second.out).toBe(first.out);
    const markdown = [
      await diffIn(root),
      await diffIn(root, '--no-cache'),
      await diffIn(root, '--cache-location', 'elsewhere/'),
    ];
    expect(markdown[1]?.out).toBe(markdown[0]?.out);
    expect(markdown[2]?.out).toBe(markdown[0]?.out);
    expect(existsSync(join(root, 'elsewhere/lint-cache.json'))).toBe(true);
    expect(JSON.parse(first.out)).toMatchObject({
      headline: '1 brief added (feature), 1 edited (owner)',
    });
    rmSync(join(root, 'node_modules'), { recursive: true, force: true });
    expect((await diffIn(root, '--format', 'json')).out).toBe(first.out);
  });
});
