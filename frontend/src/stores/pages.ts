// A small cache of fixed-size pages of a long, server-side list. The table says
// which pages it shows; missing ones are fetched a few at a time, a page is
// never requested twice at once, requests the table no longer needs are dropped
// before they are sent, and answers for an earlier query are ignored.

export type FetchPage<T> = (offset: number, limit: number) => Promise<T[]>

export interface PageCacheOptions {
  pageSize: number
  maxPages: number // cached pages kept, least recently used go first
  concurrency: number // requests in flight at once
}

export const DEFAULTS: PageCacheOptions = { pageSize: 100, maxPages: 24, concurrency: 2 }

export class PageCache<T> {
  readonly pageSize: number
  /** error is the last failure, cleared by the next success or reset. */
  error: unknown = null
  private pages = new Map<number, T[]>() // in use order: the first is the least recently used
  private stale = new Map<number, T[]>() // the previous query's pages, shown until replaced
  private inflight = new Set<number>()
  private queue: number[] = []
  private wanted = new Set<number>()
  private generation = 0

  constructor(
    private fetch: FetchPage<T>,
    private onChange: () => void,
    private opts: PageCacheOptions = DEFAULTS,
  ) {
    this.pageSize = opts.pageSize
  }

  /** reset starts over with a new source. keep shows the old rows until their
   *  pages are fetched again (a refresh of the same query: no flicker). */
  reset(fetch: FetchPage<T>, { keep = false } = {}): void {
    this.generation++
    this.fetch = fetch
    const wanted = [...this.wanted]
    const shown = wanted.flatMap((p) => {
      const rows = this.pages.get(p) ?? this.stale.get(p)
      return rows ? [[p, rows] as const] : []
    })
    this.stale = new Map(keep ? shown : [])
    this.pages = new Map()
    this.inflight.clear()
    this.queue = []
    this.error = null
    this.wanted.clear()
    this.want(wanted)
  }

  /** row is the row at index, or undefined while its page loads. */
  row(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize)
    const rows = this.pages.get(page) ?? this.stale.get(page)
    return rows?.[index - page * this.pageSize]
  }

  /** want asks for exactly these pages: missing ones are queued, queued ones
   *  no longer wanted are dropped, cached ones become the most recently used. */
  want(pages: readonly number[]): void {
    this.wanted = new Set(pages)
    this.queue = this.queue.filter((p) => this.wanted.has(p))
    for (const p of pages) {
      const rows = this.pages.get(p)
      if (rows) {
        this.pages.delete(p)
        this.pages.set(p, rows)
      } else if (!this.inflight.has(p) && !this.queue.includes(p)) {
        this.queue.push(p)
      }
    }
    this.pump()
  }

  /** find is the first cached row that matches, if any. */
  find(match: (row: T) => boolean): T | undefined {
    for (const rows of [...this.pages.values(), ...this.stale.values()]) {
      const row = rows.find(match)
      if (row) return row
    }
    return undefined
  }

  /** patch replaces cached rows that match, e.g. after an edit. */
  patch(match: (row: T) => boolean, next: T): void {
    for (const rows of [...this.pages.values(), ...this.stale.values()]) {
      const i = rows.findIndex(match)
      if (i >= 0) rows[i] = next
    }
    this.onChange()
  }

  /** pending tells whether any page is queued or loading. */
  get pending(): boolean {
    return this.inflight.size > 0 || this.queue.length > 0
  }

  private pump(): void {
    while (this.inflight.size < this.opts.concurrency && this.queue.length) {
      void this.load(this.queue.shift()!)
    }
  }

  private async load(page: number): Promise<void> {
    const generation = this.generation
    this.inflight.add(page)
    try {
      const rows = await this.fetch(page * this.pageSize, this.pageSize)
      if (generation !== this.generation) return
      this.store(page, rows)
      this.error = null
    } catch (e) {
      if (generation !== this.generation) return
      this.error = e
    } finally {
      if (generation === this.generation) {
        this.inflight.delete(page)
        this.pump()
        this.onChange()
      }
    }
  }

  private store(page: number, rows: T[]): void {
    this.stale.delete(page)
    this.pages.set(page, rows)
    for (const p of this.pages.keys()) {
      if (this.pages.size <= this.opts.maxPages) break
      if (!this.wanted.has(p)) this.pages.delete(p)
    }
  }
}
