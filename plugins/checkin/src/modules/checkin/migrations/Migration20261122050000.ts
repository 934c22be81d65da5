import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * `checkin_admit_scan` writes the log row once. It used to insert the row first (the claim of the scan
 * id) and update it with the outcome at the end: two writes of a row carrying the whole answer, on every
 * scan. Now a seen id is answered from a read, the admission runs, and the settled row is inserted last;
 * when a concurrent copy of the same scan got there first, the insert finds its id, the call raises
 * TS409 and everything it did rolls back (the service asks again and reads the stored answer).
 */
export class Migration20261122050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function checkin_admit_scan(s jsonb) returns jsonb language plpgsql as $fn$
declare
  v_id text := s->>'id';
  v_list text := s->>'list_id';
  v_ticket text := s->>'ticket_id';
  v_gate text := s->>'gate_id';
  v_at timestamptz := (s->>'scanned_at')::timestamptz;
  v_offline boolean := coalesce((s->>'offline')::boolean, false);
  v_claimed text;
  v_entries integer;
  v_outcome text;
  v_reason text := s->>'rejection';
  v_previously boolean;
  v_conflict text;
  v_answer jsonb;
  v_holder record;
begin
  -- a scan id seen before answers as it did then; a copy still in flight is caught by the insert below
  select answer into v_answer from checkin_scan where id = v_id;
  if found then
    return v_answer;
  end if;
  if v_reason is not null then
    v_answer := s->'answer';
    v_outcome := 'rejected';
  else
    if s->>'direction' = 'out' then
      update checkin_admission set state = 'outside', last_out_at = v_at, last_gate_id = v_gate, updated_at = now()
      where list_id = v_list and ticket_id = v_ticket and state = 'inside' and deleted_at is null
      returning entries into v_entries;
      if found then
        v_outcome := 'exited';
        v_previously := true;
      else
        select entries into v_entries from checkin_admission where list_id = v_list and ticket_id = v_ticket and deleted_at is null;
        v_outcome := 'rejected';
        v_reason := 'not_admitted';
        v_previously := coalesce(v_entries, 0) > 0;
      end if;
    else
      insert into checkin_admission (id, event_id, list_id, ticket_id, state, entries, first_in_at, last_in_at,
        last_in_scan_id, last_gate_id, created_at, updated_at)
      values (s->>'admission_id', s->>'event_id', v_list, v_ticket, 'inside', 1, v_at, v_at, v_id, v_gate, now(), now())
      on conflict (list_id, ticket_id) where deleted_at is null do update
        set state = 'inside', entries = checkin_admission.entries + 1, last_in_at = excluded.last_in_at,
            first_in_at = coalesce(checkin_admission.first_in_at, excluded.first_in_at),
            last_in_scan_id = excluded.last_in_scan_id, last_gate_id = excluded.last_gate_id, updated_at = now()
        where checkin_admission.state = 'outside'
          and (checkin_admission.entries = 0 or coalesce((s->>'allow_reentry')::boolean, false))
      returning entries into v_entries;
      if found then
        v_outcome := 'admitted';
        v_previously := v_entries > 1;
      else
        v_outcome := 'rejected';
        v_reason := 'already_admitted';
        v_previously := true;
        if v_offline then
          -- the device already let the person in: keep both sides
          select a.last_in_scan_id, sc.device_id, sc.usher_id into v_holder
          from checkin_admission a left join checkin_scan sc on sc.id = a.last_in_scan_id
          where a.list_id = v_list and a.ticket_id = v_ticket and a.deleted_at is null;
          v_conflict := s->>'conflict_id';
          insert into checkin_conflict (id, event_id, list_id, ticket_id, scan_id, other_scan_id, device_id, other_device_id,
            usher_id, other_usher_id, status, created_at, updated_at)
          values (v_conflict, s->>'event_id', v_list, v_ticket, v_id, v_holder.last_in_scan_id, s->>'device_id',
            v_holder.device_id, s->>'usher_id', v_holder.usher_id, 'open', now(), now())
          on conflict (scan_id) where deleted_at is null do nothing;
        end if;
      end if;
    end if;
    v_answer := jsonb_build_object('id', v_id, 'outcome', v_outcome);
    if v_reason is not null then v_answer := v_answer || jsonb_build_object('reason', v_reason); end if;
    if jsonb_typeof(s->'attendee') = 'object' then
      v_answer := v_answer || jsonb_build_object('attendee', (s->'attendee') || jsonb_build_object('previously_scanned', v_previously));
    end if;
    if v_conflict is not null then v_answer := v_answer || jsonb_build_object('conflict_id', v_conflict); end if;
  end if;

  -- the log row is written once, settled: the claim of the scan id is this insert
  insert into checkin_scan (id, event_id, list_id, gate_id, usher_id, device_id, direction, outcome, reason, ticket_id,
    ticket_code, card_id, holder_name, scanned_at, received_at, offline, conflict_id, answer, created_at, updated_at)
  values (v_id, s->>'event_id', v_list, v_gate, s->>'usher_id', s->>'device_id', s->>'direction', v_outcome, v_reason,
    v_ticket, s->>'ticket_code', s->>'card_id', s->>'holder_name', v_at, now(), v_offline, v_conflict, v_answer, now(), now())
  on conflict (id) do nothing
  returning id into v_claimed;
  if v_claimed is null then
    -- a copy of this scan was stored while this one ran: undo everything this call did; the caller
    -- asks again and gets the stored answer from the first lines
    raise exception 'scan % was stored by a concurrent copy', v_id using errcode = 'TS409';
  end if;
  return v_answer;
end
$fn$;`);
  }

  override async down(): Promise<void> {
    // the previous body is Migration20261121230000's
  }
}
