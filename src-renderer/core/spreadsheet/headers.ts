/** The field a header names, for the given sheet kind's aliases; null when it names none. */
export function headerFieldOf<F extends string>(header: string, aliases: ReadonlyMap<string, F>): F | null {
  void header;
  return aliases.get(header) ?? null;
}
