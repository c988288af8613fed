/** CSV records: delimiter, quoted cells, header names. */

/** Splits one CSV record; double quotes may wrap a cell and "" is a literal quote. Linear. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  const length = line.length;
  let i = 0;
  for (;;) {
    // Skip leading blanks to see whether this cell is quoted.
    let j = i;
    while (j < length && (line[j] === ' ' || (line[j] === '\t' && delimiter !== '\t'))) j++;
    if (line[j] === '"') {
      let cell = '';
      let k = j + 1;
      for (;;) {
        const close = line.indexOf('"', k);
        if (close === -1) {
          cell += line.slice(k); // unclosed quote: take the rest as the cell
          k = length;
          break;
        }
        cell += line.slice(k, close);
        if (line[close + 1] === '"') {
          cell += '"';
          k = close + 2;
        } else {
          k = close + 1;
          break;
        }
      }
      const next = line.indexOf(delimiter, k);
      cells.push(next === -1 ? cell + line.slice(k) : cell + line.slice(k, next));
      if (next === -1) return cells;
      i = next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      if (next === -1) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, next));
      i = next + 1;
    }
  }
}

/** Tab, then semicolon, then comma: a semicolon file may use commas as decimal points. */
export function detectDelimiter(line: string): string | null {
  for (const delimiter of ['\t', ';', ',']) if (line.includes(delimiter)) return delimiter;
  return null;
}

export const MAX_NAME_LENGTH = 80;

export function cleanName(raw: string): string {
  let name = raw.trim();
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replaceAll('""', '"');
  // Control characters from binary junk would make an unreadable picker label.
  name = name.replace(/\p{Cc}/gu, '');
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name;
}

/** Names for a picker: empty ones become "column N", repeats get "(2)", "(3)". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const name = raw === '' ? `column ${i + 1}` : raw;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
