import type { DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"

/**
 * The page a DataTable shows, as the API's offset and limit, plus the `pagination` option
 * useDataTable takes; every paged list in the admin starts on the first page.
 */
export const usePagedTable = (pageSize: number) => {
  const [state, setState] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  return {
    page: { offset: state.pageIndex * state.pageSize, limit: state.pageSize },
    pagination: { state, onPaginationChange: setState },
  }
}
