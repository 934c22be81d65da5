/**
 * The cards a merchant's stands may see: those of its stands' events and those bound to no event;
 * a stand bound to no event sees every card.
 */
export function cardScopeOf(stands: { event_id: string | null }[]) {
  if (!stands.length) return { id: [] as string[] }
  if (stands.some((s) => !s.event_id)) return {}
  const eventIds = [...new Set(stands.map((s) => s.event_id as string))]
  return { $or: [{ event_id: eventIds }, { event_id: null }] }
}
