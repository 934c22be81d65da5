import type { MedusaContainer } from "@medusajs/framework/types"
import type CheckinModule from "@tessera/checkin/modules/checkin"
import type { CreateUsherWorkflowInput } from "@tessera/checkin/workflows"
import { runWorkflowById } from "./run-workflow"

type CheckinService = InstanceType<(typeof CheckinModule)["service"]>

/** Demo gate staff; public by design. The lead sees conflicts on the live stream. */
export const DEMO_USHER = { name: "Uma Usher", email: "usher@tessera.local", password: "tessera-usher" }
export const DEMO_LEAD = { name: "Leo Lead", email: "lead@tessera.local", password: "tessera-lead" }

const GATES = ["North gate", "South gate"]

/**
 * Check-in for the demo event: one list (every ticket type, re-entry allowed) at two gates, an
 * usher at the north gate and a lead at both. Idempotent: finds what exists, adds what is missing.
 */
export async function seedCheckin(container: MedusaContainer, eventId: string) {
  const checkin = container.resolve<CheckinService>("checkin")
  const [existingList] = await checkin.listCheckinLists({ event_id: eventId }, { order: { created_at: "ASC" } })
  const list = existingList ?? (await checkin.createCheckinLists({ event_id: eventId, name: "Main entrance", allow_reentry: true }))

  const existingGates = await checkin.listCheckinGates({ event_id: eventId })
  const gates = []
  for (const name of GATES) {
    gates.push(existingGates.find((gate) => gate.name === name) ?? (await checkin.createCheckinGates({ event_id: eventId, name, list_id: list.id })))
  }

  const staff = [
    { login: DEMO_USHER, role: "usher" as const, gate_ids: [gates[0].id] },
    { login: DEMO_LEAD, role: "lead" as const, gate_ids: [] },
  ]
  for (const { login, role, gate_ids } of staff) {
    const [found] = await checkin.listUshers({ email: login.email })
    const usher = found ?? (await runWorkflowById<CreateUsherWorkflowInput, { id: string }>(container, "create-usher", login))
    const [assigned] = await checkin.listUsherAssignments({ usher_id: usher.id, event_id: eventId })
    if (!assigned) {
      await checkin.createUsherAssignments({ usher_id: usher.id, event_id: eventId, role, gate_ids: gate_ids as unknown as Record<string, unknown> })
    }
  }
  return {
    gates: gates.map((gate) => ({ id: gate.id, name: gate.name })),
    logins: [
      { actor: "usher", email: DEMO_USHER.email, password: DEMO_USHER.password, login_url: "/usher" },
      { actor: "usher (lead)", email: DEMO_LEAD.email, password: DEMO_LEAD.password, login_url: "/usher" },
    ],
  }
}
