import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CredentialKeysSection } from "../../../components/credential-keys-section"
import { PlatformSection } from "../../../components/platform-section"

/** Settings → Extensions → Tessera platform (`/settings/tessera-platform`). */
const TesseraPlatformPage = () => (
  <div className="flex flex-col gap-y-3">
    <PlatformSection />
    <CredentialKeysSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Tessera platform",
})

export default TesseraPlatformPage
