import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useCredentialKeys } from "../hooks/use-credential-keys"
import { formatDateTime } from "../lib/format"
import type { CredentialKey } from "../lib/types"
import { CredentialKeyStatusBadge } from "./credential-key-status-badge"
import { PublicKeyCell } from "./public-key-cell"
import { RevokeKeyButton } from "./revoke-key-button"
import { RotateKeyButton } from "./rotate-key-button"

const columnHelper = createDataTableColumnHelper<CredentialKey>()

const columns = [
  columnHelper.accessor("kid", {
    header: "Key ID",
    cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <CredentialKeyStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("retired_at", {
    header: "Retired",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("revoked_at", {
    header: "Revoked",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  columnHelper.accessor("public_key", {
    header: "Public key",
    cell: ({ getValue }) => <PublicKeyCell publicKey={getValue()} />,
  }),
  columnHelper.display({
    id: "actions",
    cell: ({ row }) =>
      row.original.status === "retired" ? <RevokeKeyButton kid={row.original.kid} /> : null,
  }),
]

/** Credential signing keys: the active one signs, retired ones still verify. */
export const CredentialKeysSection = () => {
  const { credentialKeys, isPending, error } = useCredentialKeys()

  const table = useDataTable({
    columns,
    data: credentialKeys,
    getRowId: (key) => key.kid,
    rowCount: credentialKeys.length,
    isLoading: isPending,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Credential signing keys</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The active key signs new credentials; retired keys still verify until revoked.
          </Text>
        </div>
        <RotateKeyButton />
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Couldn't load the signing keys: {error.message}
        </Text>
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No signing keys yet",
                description: "Rotate to create the first one.",
              },
            }}
          />
        </DataTable>
      )}
    </Container>
  )
}
