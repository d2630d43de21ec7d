import { describe, expect, it } from 'vitest';
import { DbHandle, openTriageDb } from '../../src/triage/db/open';
import { deleteAllTriageData } from '../../src/triage/delete-all';
import { listenTriage, type TriageNotice } from '../../src/triage/notify';
import { allAdRecords, allRows } from '../../src/triage/repo/ads';
import { allClusters } from '../../src/triage/repo/clusters';
import { allImportLogs } from '../../src/triage/repo/imports';
import { allReviews } from '../../src/triage/repo/reviews';
import { recluster } from '../../src/triage/rescore';
import { csv, freshDb, importText } from './helpers';

describe('delete all', () => {
  it('deletes the database itself, even while other contexts hold it open, and tells open pages', async () => {
    const { db, name } = await freshDb();
    await importText(db, csv('id,text', '1,"Admin job in Cambodia, Telegram @x_hr"', '2,"Typing job in Laos, Telegram @x_hr"'));
    await recluster(db);
    const background = new DbHandle({ name });
    expect(await allRows(await background.get())).toHaveLength(2);
    const notices: TriageNotice[] = [];
    const stop = listenTriage((n) => notices.push(n));

    await deleteAllTriageData({ name });

    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    await expect.poll(() => notices).toEqual([{ type: 'deleted' }]);
    stop();
    // the connections closed themselves; the next use opens a new, empty database
    expect(() => db.transaction('ads')).toThrow();
    const again = await background.get();
    expect(await allAdRecords(again)).toEqual([]);
    expect(await allReviews(again)).toEqual([]);
    expect(await allClusters(again)).toEqual([]);
    expect(await allImportLogs(again)).toEqual([]);
    await background.close();
    const reopened = await openTriageDb({ name });
    expect(await reopened.count('rows')).toBe(0);
    reopened.close();
  });
});
