import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGuanxiYoga, createLogger } from '@guanxi/server';
import { openEmptyTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openEmptyTestDatabase();
});
afterAll(() => db.close());

const graphiqlPage = async (search: string): Promise<string> => {
  const yoga = createGuanxiYoga({
    executor: db.executor,
    logger: createLogger('silent'),
    tokens: [],
  });
  const response = await yoga.fetch(`http://yoga/graphql${search}`, {
    headers: { accept: 'text/html' },
  });
  expect(response.status).toBe(200);
  return response.text();
};

describe('GraphiQL page', () => {
  it('is served whole by this server: no editor code from a CDN', async () => {
    const html = await graphiqlPage('');
    expect(html).toContain('Guanxi GraphiQL');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });

  it('opens with the variables of a link, and a link cannot inject markup', async () => {
    const variables = { id: 'pei-gang', note: '</script><script>alert(1)</script>' };
    const html = await graphiqlPage(`?variables=${encodeURIComponent(JSON.stringify(variables))}`);
    // The default query names pei-gang too: look for the variables as GraphiQL's options hold them.
    expect(html).toContain(String.raw`"variables":"{\n  \"id\": \"pei-gang\",`);
    expect(html).toContain(String.raw`\"note\": \"\\u003c/script>\\u003cscript>alert(1)`);
    expect(html).not.toContain('<script>alert(1)');
  });
});
