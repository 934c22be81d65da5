import { container } from "@medusajs/framework"
import { asValue } from "@medusajs/framework/awilix"
import { GATE_CARD_RESOLVER } from "@tessera/checkin/modules/checkin/utils/card-resolver"
import { walletGateCards } from "../../lib/gate-cards/resolver"

/**
 * Wristbands at the gate: the check-in plugin asks the container for a card resolver, and backend,
 * which composes the wallet with the events plugin, answers it. Registered here because Medusa imports
 * every file under a plugin's workflows/ at boot in every worker mode, and plugins have no loaders of
 * their own; request scopes inherit the registration from the root container.
 */
container.register(GATE_CARD_RESOLVER, asValue(walletGateCards))
