/** Gives the exchange screens (import, export, reports, backup) the exchange services, created once in main.tsx. */
import { createContext, useContext } from 'react';
import type { Exchange } from '../../data/exchange';

export const ExchangeContext = createContext<Exchange | null>(null);

export function useExchange(): Exchange {
  const exchange = useContext(ExchangeContext);
  if (!exchange) throw new Error('useExchange outside ExchangeContext');
  return exchange;
}
