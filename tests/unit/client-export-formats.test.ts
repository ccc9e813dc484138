import { describe, expect, it } from '@jest/globals';
import { edgesCsv, nodesCsv } from '../../client/src/features/export/lib/csv';
import { toCyjs } from '../../client/src/features/export/lib/cyjs';
import {
  type ExportDocument,
  exportDocument,
  sourceLine,
} from '../../client/src/features/export/lib/export-document';
import { toGexf } from '../../client/src/features/export/lib/gexf';
import { toGraphml } from '../../client/src/features/export/lib/graphml';
import { toSvg, wrapName } from '../../client/src/features/export/lib/svg-picture';

const ARTICLE = {
  id: 'article-1',
  title: 'Report on a symposium',
  publisher: null,
  publishedAt: null,
  url: null,
};
const WIRE = {
  id: 'wire-2',
  title: 'Wire story',
  publisher: 'Xinhua',
  publishedAt: '2024-05-01',
  url: 'https://example.org/a?b=1&c=2',
};

const document: ExportDocument = exportDocument(
  'Around Pei Gang & "friends"',
  {
    nodes: [
      { id: 'pei-gang', kind: 'PERSON', name: 'Pei Gang', x: 10.4, y: -20.6 },
      {
        id: 'cas',
        kind: 'INSTITUTION',
        name: '=HYPERLINK("x") Academy <of> Sciences',
        x: 200,
        y: 40,
      },
    ],
    edges: [
      {
        id: 'pei-gang--member-of--cas',
        type: 'MEMBER_OF',
        source: 'pei-gang',
        target: 'cas',
        label: 'member',
      },
      { id: 'lost', type: 'MEMBER_OF', source: 'cas', target: 'pei-gang', label: 'x' },
    ],
  },
  {
    evidence: new Map([
      [
        'pei-gang--member-of--cas',
        [
          {
            sourceId: 'article-1',
            quote: 'Pei Gang, a member of the "Academy"',
            start: 5,
            end: 40,
          },
          { sourceId: 'wire-2', quote: 'member, since 2001', start: 1, end: 19 },
        ],
      ],
    ]),
    sources: [ARTICLE, WIRE, { ...WIRE, id: 'unquoted', title: 'Not quoted' }],
  },
  new Date('2026-11-30T10:00:00Z'),
);

describe('export document', () => {
  it('joins evidence to the drawn edges and lists only the sources quoted', () => {
    expect(document.edges[0]!.evidence).toHaveLength(2);
    expect(document.edges[1]!.evidence).toEqual([]);
    expect(document.sources.map((source) => source.id)).toEqual(['article-1', 'wire-2']);
    expect(document.exportedAt).toBe('2026-11-30T10:00:00.000Z');
  });

  it('says what a source does not state instead of leaving a gap', () => {
    expect(sourceLine(ARTICLE)).toBe(
      'Report on a symposium — publisher, date and address not stated in the source',
    );
    expect(sourceLine(WIRE)).toBe('Wire story — Xinhua, 2024-05-01, https://example.org/a?b=1&c=2');
  });
});

describe('files', () => {
  it('CSV quotes cells per RFC 4180 and defuses spreadsheet formulas', () => {
    const nodes = nodesCsv(document).split('\r\n');
    expect(nodes[0]).toBe('id,name,kind,x,y');
    expect(nodes[1]).toBe('pei-gang,Pei Gang,PERSON,10,-21');
    expect(nodes[2]).toBe(`cas,"'=HYPERLINK(""x"") Academy <of> Sciences",INSTITUTION,200,40`);
    const edges = edgesCsv(document).split('\r\n');
    expect(edges[1]).toContain('"Pei Gang, a member of the ""Academy"""');
    expect(edges[1]).toContain(',2,');
    expect(edges[1]).toContain('Report on a symposium');
  });

  it('GraphML and GEXF escape markup and carry the evidence and the sources', () => {
    const graphml = toGraphml(document);
    expect(graphml).toContain('&lt;of&gt;');
    expect(graphml).toContain('Around Pei Gang &amp; &quot;friends&quot;');
    expect(graphml).toContain(
      '<data key="quote">Pei Gang, a member of the &quot;Academy&quot;</data>',
    );
    expect(graphml).toContain('https://example.org/a?b=1&amp;c=2');
    const gexf = toGexf(document);
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('<attvalue for="evidence_count" value="2"/>');
    expect(gexf).toContain('[2] Wire story — Xinhua, 2024-05-01');
    expect(gexf).not.toMatch(/<(?!\/?[a-zA-Z?])/);
  });

  it('Cytoscape JSON keeps positions and puts evidence on edges, sources on the network', () => {
    const cyjs = toCyjs(document);
    expect(cyjs.elements.nodes[0]).toEqual({
      data: { id: 'pei-gang', kind: 'PERSON', name: 'Pei Gang' },
      position: { x: 10.4, y: -20.6 },
    });
    expect(cyjs.elements.edges[0]!.data.evidence[1]!.sourceId).toBe('wire-2');
    expect(cyjs.data.sources).toHaveLength(2);
  });

  it('the SVG has the title, the date, a legend, every name whole and the sources', () => {
    const svg = toSvg(document);
    expect(svg).toContain('Around Pei Gang &amp; &quot;friends&quot;');
    expect(svg).toContain('exported 2026-11-30');
    expect(svg).toContain('>People<');
    expect(svg).toContain('>Institutions<');
    expect(svg).toContain('[1] Report on a symposium');
    const label = wrapName('=HYPERLINK("x") Academy <of> Sciences')
      .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      .map((line) => line.replace(/"/g, '&quot;'));
    for (const line of label) expect(svg).toContain(`>${line}<`);
  });

  it('wraps long names at spaces without cutting a word', () => {
    const name =
      'United Front Work Department of the Shanghai Committee of the Communist Party of China';
    const lines = wrapName(name);
    expect(lines.join(' ')).toBe(name);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
  });
});
