import { readFile } from 'node:fs/promises';
import { describe, expect, it, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { canvasNodeIds, screenshot, settle, waitForNode } from '../helpers/e2e-browser';
import { explorerOverArticle } from '../helpers/e2e-page-per-test';

/* Exports people use elsewhere, each keeping the provenance of what it shows (issue 13, item 9). */
jest.setTimeout(90_000);

const { suite, visit } = explorerOverArticle();

async function exported(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Parses XML in the browser; returns the parser's complaint, or null when well-formed. */
const xmlProblem = (page: Page, xml: string) =>
  page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'application/xml');
    return parsed.querySelector('parsererror')?.textContent ?? null;
  }, xml);

const ARTICLE_TITLE =
  'Report on the 13th Symposium on Chinese Scholars and Shanghai’s Development in the 21st Century';

async function peiGang(): Promise<{ page: Page; nodes: string[]; edges: number }> {
  const { page } = await visit('?focus=pei-gang');
  await waitForNode(page, 'chinese-academy-of-sciences');
  await settle(page);
  const nodes = (await canvasNodeIds(page)).sort();
  const edges = await page.evaluate(() => window.__guanxi!.edgeIds().length);
  return { page, nodes, edges };
}

describe('exports keep their provenance', () => {
  it('SVG and PNG have the title, date, legend, whole names and the sources', async () => {
    const { page } = await peiGang();
    const svg = await exported(page, /Picture \(SVG\)/);
    expect(svg.name).toBe('guanxi-pei-gang.svg');
    const text = svg.bytes.toString('utf8');
    expect(await xmlProblem(page, text)).toBeNull();
    expect(text).toContain('<title>Around Pei Gang</title>');
    expect(text).toMatch(/exported \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('>People<');
    expect(text).toContain('Sources');
    expect(text).toContain(
      `${ARTICLE_TITLE} — publisher, date and address not stated in the source`,
    );
    // The association's full name, wrapped over lines, is all there.
    for (const word of ['Shanghai', 'Association', 'of', 'Overseas', 'Returnees'])
      expect(text).toContain(word);
    expect(text).not.toContain('…');

    const png = await exported(page, /Image \(PNG\)/);
    expect(png.name).toBe('guanxi-pei-gang.png');
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    // The PNG is the same composed picture at twice its size: at least the SVG's minimum width.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1440);

    const shown = await suite.browser.newPage();
    await shown.setContent(
      `<img src="data:image/png;base64,${png.bytes.toString('base64')}" style="max-width:100%">`,
    );
    await screenshot(shown, '41-export-png');
    await shown.close();
  });

  it('GraphML, GEXF and Cytoscape JSON hold every drawn node and edge, with evidence', async () => {
    const { page, nodes, edges } = await peiGang();
    const graphml = (await exported(page, /GraphML/)).bytes.toString('utf8');
    expect(await xmlProblem(page, graphml)).toBeNull();
    const graphmlCounts = await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'application/xml');
      return {
        nodes: [...parsed.getElementsByTagName('node')]
          .map((node) => node.getAttribute('id'))
          .sort(),
        edges: parsed.getElementsByTagName('edge').length,
        quotes: [...parsed.querySelectorAll('edge > data[key="quote"]')].map((d) => d.textContent),
      };
    }, graphml);
    expect(graphmlCounts.nodes).toEqual(nodes);
    expect(graphmlCounts.edges).toBe(edges);
    expect(graphmlCounts.quotes).toHaveLength(edges);
    expect(graphmlCounts.quotes.every((quote) => (quote ?? '').length > 5)).toBe(true);

    const gexf = (await exported(page, /GEXF/)).bytes.toString('utf8');
    expect(await xmlProblem(page, gexf)).toBeNull();
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    expect(gexf.match(/<node /g)).toHaveLength(nodes.length);
    expect(gexf.match(/<edge /g)).toHaveLength(edges);
    expect(gexf).toContain(ARTICLE_TITLE);

    const cyjs = JSON.parse((await exported(page, /Cytoscape JSON/)).bytes.toString('utf8')) as {
      data: { sources: { title: string }[] };
      elements: { edges: { data: { evidence: { quote: string }[] } }[] };
    };
    expect(cyjs.data.sources.map((source) => source.title)).toEqual([ARTICLE_TITLE]);
    expect(cyjs.elements.edges).toHaveLength(edges);
    for (const edge of cyjs.elements.edges) expect(edge.data.evidence.length).toBeGreaterThan(0);
  });

  it('CSV of nodes and of edges, each edge with its best quote and source', async () => {
    const { page, nodes, edges } = await peiGang();
    const nodeRows = (await exported(page, /Nodes \(CSV\)/)).bytes
      .toString('utf8')
      .trimEnd()
      .split('\r\n');
    expect(nodeRows[0]).toBe('id,name,kind,x,y');
    expect(nodeRows).toHaveLength(nodes.length + 1);
    const edgeFile = await exported(page, /Edges \(CSV\)/);
    expect(edgeFile.name).toBe('guanxi-pei-gang.edges.csv');
    const edgeRows = edgeFile.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(edgeRows).toHaveLength(edges + 1);
    expect(edgeRows[0]).toContain('best_quote');
    for (const row of edgeRows.slice(1)) expect(row).toContain(ARTICLE_TITLE);
  });
});
