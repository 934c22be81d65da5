import {
  Container,
  DataTable,
  type DataTableEmptyStateProps,
  Heading,
  Text,
  type UseDataTableReturn,
} from "@medusajs/ui"
import type { ReactNode } from "react"

type TableSectionProps<Row> = {
  /** data-section of the container: tests and styles find the section by it. */
  section: string
  title: ReactNode
  subtitle: ReactNode
  table: UseDataTableReturn<Row>
  error: Error | null
  /** What failed to load, as in "Couldn't load the …". */
  subject: string
  emptyState: DataTableEmptyStateProps
  /** Filter menu, search and actions; when given they share a toolbar with the heading. */
  tools?: ReactNode
}

const SectionHeading = ({ title, subtitle }: { title: ReactNode; subtitle: ReactNode }) => (
  <>
    <Heading level="h2">{title}</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {subtitle}
    </Text>
  </>
)

const LoadError = ({ subject, error }: { subject: string; error: Error }) => (
  <Text size="small" className="text-ui-fg-error px-6 py-4">
    Couldn't load the {subject}: {error.message}
  </Text>
)

/** A section holding one paged DataTable under a heading; a load error replaces the table. */
export const TableSection = <Row,>({ section, title, subtitle, table, error, subject, emptyState, tools }: TableSectionProps<Row>) => {
  const rows = (
    <>
      <DataTable.Table emptyState={emptyState} />
      <DataTable.Pagination />
    </>
  )
  if (tools === undefined) {
    return (
      <Container className="divide-y p-0" data-section={section}>
        <div className="px-6 py-4">
          <SectionHeading title={title} subtitle={subtitle} />
        </div>
        {error ? <LoadError subject={subject} error={error} /> : <DataTable instance={table}>{rows}</DataTable>}
      </Container>
    )
  }
  return (
    <Container className="divide-y p-0" data-section={section}>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <SectionHeading title={title} subtitle={subtitle} />
          </div>
          {tools}
        </DataTable.Toolbar>
        {error ? <LoadError subject={subject} error={error} /> : rows}
      </DataTable>
    </Container>
  )
}
