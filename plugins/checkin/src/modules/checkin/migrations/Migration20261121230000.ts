import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Admission in the database, one call per request:
 * - `checkin_admit_scan(scan jsonb)`: claim the scan id (a scan id seen before returns the stored answer;
 *   a concurrent copy waits on the id, then reads it), then enter or leave with one conditional statement
 *   per candidate ticket (a wristband may stand for several; the first the database lets through wins),
 *   record a conflict for an offline entry refused, settle the log row, return the answer.
 * - `checkin_record_scans(scans jsonb, event_id text)`: a batch in the given order, after locking every
 *   admission row it may touch in one (list, ticket) order, so two devices' batches queue instead of
 *   deadlocking.
 * Done in Node, the same work took a round trip per statement inside an open transaction: rows stayed
 * locked while Node was busy elsewhere, and that, not Postgres, limited the gate.
 */
export class Migration20261121230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function checkin_admit_scan(s jsonb) returns jsonb language plpgsql as $fn$
declare
  v_id text := s->>'id';
  v_list text := s->>'list_id';
  v_gate text := s->>'gate_id';
  v_at timestamptz := (s->>'scanned_at')::timestamptz;
  v_offline boolean := coalesce((s->>'offline')::boolean, false);
  v_reentry boolean := coalesce((s->>'allow_reentry')::boolean, false);
  v_tries jsonb;
  v_try jsonb;
  v_chosen jsonb;
  v_ticket text;
  v_claimed text;
  v_entries integer;
  v_outcome text;
  v_reason text := s->>'rejection';
  v_previously boolean;
  v_conflict text;
  v_answer jsonb;
  v_holder record;
begin
  insert into checkin_scan (id, event_id, list_id, gate_id, usher_id, device_id, direction, outcome, reason, ticket_id,
    ticket_code, card_id, holder_name, scanned_at, received_at, offline, answer, created_at, updated_at)
  values (v_id, s->>'event_id', v_list, v_gate, s->>'usher_id', s->>'device_id', s->>'direction',
    case when v_reason is null then null else 'rejected' end, v_reason, s->>'ticket_id', s->>'ticket_code', s->>'card_id',
    s->>'holder_name', v_at, now(), v_offline, case when v_reason is null then null else s->'answer' end, now(), now())
  on conflict (id) do nothing
  returning id into v_claimed;
  if v_claimed is null then
    select answer into v_answer from checkin_scan where id = v_id;
    return v_answer;
  end if;
  if v_reason is not null then
    return s->'answer';
  end if;

  v_tries := case when jsonb_typeof(s->'candidates') = 'array' and jsonb_array_length(s->'candidates') > 0 then s->'candidates'
    else jsonb_build_array(jsonb_build_object('ticket_id', s->'ticket_id', 'ticket_code', s->'ticket_code',
      'holder_name', s->'holder_name', 'attendee', s->'attendee')) end;
  for v_try in select value from jsonb_array_elements(v_tries) loop
    v_ticket := v_try->>'ticket_id';
    if s->>'direction' = 'out' then
      update checkin_admission set state = 'outside', last_out_at = v_at, last_gate_id = v_gate, updated_at = now()
      where list_id = v_list and ticket_id = v_ticket and state = 'inside' and deleted_at is null
      returning entries into v_entries;
    else
      insert into checkin_admission (id, event_id, list_id, ticket_id, state, entries, first_in_at, last_in_at,
        last_in_scan_id, last_gate_id, created_at, updated_at)
      values (coalesce(v_try->>'admission_id', s->>'admission_id'), s->>'event_id', v_list, v_ticket, 'inside', 1, v_at, v_at, v_id, v_gate, now(), now())
      on conflict (list_id, ticket_id) where deleted_at is null do update
        set state = 'inside', entries = checkin_admission.entries + 1, last_in_at = excluded.last_in_at,
            first_in_at = coalesce(checkin_admission.first_in_at, excluded.first_in_at),
            last_in_scan_id = excluded.last_in_scan_id, last_gate_id = excluded.last_gate_id, updated_at = now()
        where checkin_admission.state = 'outside' and (checkin_admission.entries = 0 or v_reentry)
      returning entries into v_entries;
    end if;
    if found then
      v_chosen := v_try;
      v_outcome := case when s->>'direction' = 'out' then 'exited' else 'admitted' end;
      v_previously := s->>'direction' = 'out' or v_entries > 1;
      exit;
    end if;
  end loop;

  if v_chosen is null then
    -- refused: the answer names the first candidate, the ticket the usher was shown
    v_chosen := v_tries->0;
    v_ticket := v_chosen->>'ticket_id';
    select a.entries, a.last_in_scan_id, sc.device_id, sc.usher_id into v_holder
    from checkin_admission a left join checkin_scan sc on sc.id = a.last_in_scan_id
    where a.list_id = v_list and a.ticket_id = v_ticket and a.deleted_at is null;
    v_outcome := 'rejected';
    if s->>'direction' = 'out' then
      v_reason := 'not_admitted';
      v_previously := coalesce(v_holder.entries, 0) > 0;
    else
      v_reason := 'already_admitted';
      v_previously := true;
      if v_offline then
        -- the device already let the person in: keep both sides
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
  if jsonb_typeof(v_chosen->'attendee') = 'object' then
    v_answer := v_answer || jsonb_build_object('attendee', (v_chosen->'attendee') || jsonb_build_object('previously_scanned', v_previously));
  end if;
  if v_conflict is not null then v_answer := v_answer || jsonb_build_object('conflict_id', v_conflict); end if;
  update checkin_scan set outcome = v_outcome, reason = v_reason, conflict_id = v_conflict, answer = v_answer,
    ticket_id = v_chosen->>'ticket_id', ticket_code = v_chosen->>'ticket_code', holder_name = v_chosen->>'holder_name',
    updated_at = now()
  where id = v_id;
  return v_answer;
end
$fn$;`);

    this.addSql(`
create or replace function checkin_record_scans(scans jsonb, p_event_id text) returns setof jsonb language plpgsql as $fn$
declare
  v_scan jsonb;
  v_wanted jsonb;
begin
  -- every admission row the batch may touch: lock them (creating missing ones with no entries) in one order
  select coalesce(jsonb_agg(w order by w.list_id, w.ticket_id), '[]'::jsonb) into v_wanted
  from (
    select distinct on (s->>'list_id', coalesce(c->>'ticket_id', s->>'ticket_id'))
      s->>'list_id' as list_id, coalesce(c->>'ticket_id', s->>'ticket_id') as ticket_id,
      coalesce(c->>'admission_id', s->>'admission_id') as admission_id
    from jsonb_array_elements(scans) s
    left join lateral jsonb_array_elements(case when jsonb_typeof(s->'candidates') = 'array' then s->'candidates' else '[]'::jsonb end) c on true
    where s->>'rejection' is null and s->>'list_id' is not null and coalesce(c->>'ticket_id', s->>'ticket_id') is not null
  ) w;
  insert into checkin_admission (id, event_id, list_id, ticket_id, state, entries, created_at, updated_at)
  select w.admission_id, p_event_id, w.list_id, w.ticket_id, 'outside', 0, now(), now()
  from jsonb_to_recordset(v_wanted) as w(list_id text, ticket_id text, admission_id text)
  order by w.list_id, w.ticket_id
  on conflict (list_id, ticket_id) where deleted_at is null do nothing;
  perform 1 from (
    select a.id from checkin_admission a
    join jsonb_to_recordset(v_wanted) as w(list_id text, ticket_id text) on w.list_id = a.list_id and w.ticket_id = a.ticket_id
    where a.deleted_at is null order by a.list_id, a.ticket_id for update of a
  ) locked;
  for v_scan in select value from jsonb_array_elements(scans) loop
    return next checkin_admit_scan(v_scan);
  end loop;
end
$fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists checkin_record_scans(jsonb, text);`);
    this.addSql(`drop function if exists checkin_admit_scan(jsonb);`);
  }
}
