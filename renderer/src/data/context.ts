/** Gives components the repositories, never the database itself. */
import { createContext, useContext } from 'react';
import type { Repositories } from './repositories';

export const RepositoriesContext = createContext<Repositories | null>(null);

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories outside RepositoriesContext');
  return repositories;
}
