import { LIST_PAGE_MAX } from '../domain/list-order';

/** What a paged list answers: a page of rows and where the next one starts. */
export interface PageOf<Row> {
  entries: Row[];
  next: string | null;
}

type Lister<Request, Row> = (request: Request & { limit: number; after?: string }) => PageOf<Row> | Promise<PageOf<Row>>;

/**
 * Every row of a paged list, page after page in the largest pages allowed: for
 * those that need the whole of it (the command line's `list`, the trash view).
 * Rows come in list order; shared/domain/list-order.ts says what changes made
 * between pages can do.
 */
export async function everyRow<Request extends object, Row>(list: Lister<Request, Row>, request: Request): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | undefined;
  do {
    const page = await list({ ...request, limit: LIST_PAGE_MAX, ...(after === undefined ? {} : { after }) });
    rows.push(...page.entries);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return rows;
}
