/**
 * Query keys shaped like the dashboard's (`[resource]`, `[resource, "list"]`,
 * `[resource, "detail", id]`), so one `invalidateQueries({ queryKey: keys.all })`
 * refreshes every view of a resource.
 */
export const queryKeysFactory = <TKey extends string>(resource: TKey) => {
  const all = [resource] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string) => [...all, "detail", id] as const,
  }
}
