export * from "./issue-ticket-units"
export * from "./void-tickets"
