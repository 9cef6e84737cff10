/** The last search shown, so "Search" in the header and a case page's way back return to it. */
let remembered = '';

export function rememberSearch(query: string): void {
  remembered = query;
}

export function lastSearchQuery(): string {
  return remembered;
}
