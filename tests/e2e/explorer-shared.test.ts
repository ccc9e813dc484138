import { describe, expect, it, jest } from '@jest/globals';
import {
  canvasNodeIds,
  classesOf,
  nodePoint,
  screenshot,
  settle,
  waitForGraph,
  waitForNode,
  waitForNodes,
} from '../helpers/e2e-browser';
import { explorerOverArticle } from '../helpers/e2e-page-per-test';

/* "What do these share?" in the explorer (issue 14, item 1), checked on the article graph. */
jest.setTimeout(90_000);

const { visit } = explorerOverArticle();

describe('what do these share?', () => {
  it('shift-click chooses entities; the panel lists what they share, with quotes', async () => {
    const { page, errors } = await visit('');
    await waitForGraph(page, 20);
    await settle(page);
    for (const id of ['pei-gang', 'li-ruxin']) {
      const { x, y } = await nodePoint(page, id);
      await page.keyboard.down('Shift');
      await page.mouse.click(x, y);
      await page.keyboard.up('Shift');
    }
    await page.waitForFunction(() => window.location.search.includes('compare=pei-gang,li-ruxin'));
    expect(await classesOf(page, 'li-ruxin')).toContain('compared');
    const panel = page.getByTestId('shared-panel');
    const list = panel.getByTestId('shared-connections');
    await list.waitFor();
    // Worked by hand from the article: both are members of the Chinese Academy of Sciences, and
    // both took part in the 13th symposium (Pei Gang through its opening ceremony).
    const entries = await list.locator(':scope > li').allTextContents();
    expect(entries[0]).toContain('Chinese Academy of Sciences');
    expect(entries[0]).toContain('shared by 2 of 2');
    expect(entries[1]).toContain('13th Symposium');
    expect(entries[1]).toContain('(1 directly)');
    await expect(list.locator('.quote').first().textContent()).resolves.toContain(
      'a member of the Chinese Academy of Sciences',
    );
    await screenshot(page, '42-shared-panel');
    expect(errors).toEqual([]);
  });

  it('a link restores the comparison; its answer can be drawn on the canvas', async () => {
    const { page } = await visit('?focus=wan-gang&compare=pei-gang,li-ruxin');
    await waitForGraph(page);
    const panel = page.getByTestId('shared-panel');
    await panel.getByTestId('shared-connections').waitFor();
    await panel.getByRole('button', { name: 'Draw on the canvas' }).click();
    await waitForNode(page, 'chinese-academy-of-sciences');
    await waitForNode(page, 'li-ruxin');
    await waitForNode(page, 'symposium-13-opening-ceremony');
    await panel.getByRole('button', { name: 'Remove Li Ruxin' }).click();
    await page.waitForFunction(() => window.location.search.includes('compare=pei-gang&'));
    await panel.getByText('Choose at least one more.').waitFor();
  });

  it('a link taken while the shared answer is drawn draws it again', async () => {
    const { page } = await visit('?focus=wan-gang&compare=pei-gang,li-ruxin');
    await waitForGraph(page);
    const panel = page.getByTestId('shared-panel');
    await panel.getByRole('button', { name: 'Draw on the canvas' }).click();
    await waitForNode(page, 'symposium-13-opening-ceremony');
    await page.waitForFunction(() => window.location.search.includes('shared=drawn'));
    await settle(page);
    const drawn = (await canvasNodeIds(page)).sort();
    const link = new URL(page.url()).search;

    const { page: opened, errors } = await visit(link);
    await waitForNodes(opened, drawn);
    await opened.getByTestId('shared-connections').waitFor();
    expect(new URL(opened.url()).search).toBe(link);
    expect(errors).toEqual([]);

    // With one entity left there is no answer, and the link stops asking for one.
    await opened
      .getByTestId('shared-panel')
      .getByRole('button', { name: 'Remove Li Ruxin' })
      .click();
    await opened.waitForFunction(() => !window.location.search.includes('shared='));
  });

  it('chosen institutions show the people they share', async () => {
    const { page } = await visit(
      '?focus=shanghai-association-of-overseas-returnees&compare=shanghai-association-of-overseas-returnees,chinese-academy-of-sciences',
    );
    await waitForGraph(page);
    const interlocks = page.getByTestId('interlocks');
    await interlocks.waitFor();
    await expect(interlocks.textContent()).resolves.toContain('Pei Gang');
  });
});
