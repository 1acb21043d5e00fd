/** Case- and accent-insensitive form, so "cote d'ivoire" finds "Côte d'Ivoire". */
export function foldForSearch(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export interface SearchableState {
  iso3: string;
  name: string;
  aliases: readonly string[];
}

export function matchesStateQuery(state: SearchableState, query: string): boolean {
  const needle = foldForSearch(query);
  if (!needle) return true;
  if (state.iso3.toLowerCase() === needle) return true;
  return [state.name, ...state.aliases].some((name) => foldForSearch(name).includes(needle));
}
