/** The first page of a wallet's statement, shared by its table and the holder look-up (one request). */
export const STATEMENT_PAGE = { offset: 0, limit: 20 } as const
