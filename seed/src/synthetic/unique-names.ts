/**
 * Hands out entity names no other entity has: in the graph, one name means one node. When a
 * generated name is taken, a few fresh draws are tried before a number is appended.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  claim(draw: () => string, attempts = 5): string {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const name = draw();
      if (this.take(name)) return name;
    }
    const base = draw();
    for (let number = 2; ; number += 1) {
      const name = `${base} ${number}`;
      if (this.take(name)) return name;
    }
  }

  private take(name: string): boolean {
    const key = name.toLowerCase();
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}
