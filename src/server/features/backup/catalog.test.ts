import { describe, expect, it } from 'vitest';
import { orderByDependencies } from './catalog.js';

const table = (name: string, ...parents: string[]) => ({ name, parents });

describe('orderByDependencies', () => {
  it('puts every table after the tables it references, alphabetically among equals', () => {
    const ordered = orderByDependencies([
      table('participants', 'trainings', 'users'),
      table('users', 'organisations'),
      table('trainings', 'organisations'),
      table('organisations'),
      table('audit_log'),
    ]);
    expect(ordered.map((t) => t.name)).toEqual(['audit_log', 'organisations', 'trainings', 'users', 'participants']);
  });

  it('ignores references to tables outside the backup', () => {
    expect(orderByDependencies([table('users', 'provinces')]).map((t) => t.name)).toEqual(['users']);
  });

  it('refuses tables that reference each other, naming them', () => {
    expect(() => orderByDependencies([table('a', 'b'), table('b', 'a'), table('c')])).toThrow(
      'foreign keys form a cycle between tables: a, b',
    );
  });
});
