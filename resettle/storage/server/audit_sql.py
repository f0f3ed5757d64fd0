"""The audit chain on the server: clients append through a SECURITY DEFINER function that
computes the row's HMAC with a key only the owner can read, and verify through another.

The client builds the row's canonical content (storage.audit_chain.canonical) for the id
`audit_next()` hands it under the head's row lock, signs it with the actor's key if it has
one, and passes content and signature to `audit_append`, which checks the id, that the actor
is the connected account, and stores the fields parsed from that very content, with
HMAC(key, prev_hash || content). `audit_check` tells a verifier which row's stored MAC does
not match the content it recomputed from the stored fields (it never hands out a MAC).
"""
# ruff: noqa: S608 - SQL text built only from quote_ident/quote_literal'd names and ints


from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from resettle.domain.errors import UnlockFailed

from ..audit_row import ChainReport, canonical
from ..models import AuditEntry, AuditHead
from . import API, PRIVATE
from .sql import quote_ident as qi

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


GENESIS = "0" * 64
CONTENT_KEYS = "{action,actor,actor_id,at,case_id,details,entity,entity_id,id}"
BATCH = 2000


def keys_table(conn: Connection) -> None:
    """The server-side keys (chain, attachments): random, readable by the owner only."""
    p = qi(PRIVATE)
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {p}.keys"
                      " (name text PRIMARY KEY, value bytea NOT NULL)"))
    conn.execute(text(f"REVOKE ALL ON {p}.keys FROM PUBLIC"))
    for name in ("audit chain", "attachments"):
        conn.execute(text(f"INSERT INTO {p}.keys (name, value) VALUES (:n, :v)"
                          " ON CONFLICT (name) DO NOTHING"),
                     {"n": name, "v": secrets.token_bytes(32)})


def functions(signature_column: bool) -> list[str]:
    api, p = qi(API), qi(PRIVATE)
    sig_col, sig_val = (", signature", ", p_signature") if signature_column else ("", "")
    return [f"""
CREATE OR REPLACE FUNCTION {api}.audit_next(OUT next_id bigint, OUT prev_hash text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  INSERT INTO public.audit_head (id, last_id, last_hash) VALUES (1, 0, '{GENESIS}')
  ON CONFLICT (id) DO NOTHING;
  SELECT last_id + 1, last_hash INTO next_id, prev_hash FROM public.audit_head WHERE id = 1
  FOR UPDATE;
END $$""", f"""
CREATE OR REPLACE FUNCTION {p}.audit_insert(p_content text, p_signature text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE h record; c json; k bytea; mac text;
BEGIN
  SELECT last_id, last_hash INTO h FROM public.audit_head WHERE id = 1 FOR UPDATE;
  c := p_content::json;
  IF (SELECT array_agg(x ORDER BY x) FROM json_object_keys(c) x) <> '{CONTENT_KEYS}'::text[]
  THEN RAISE EXCEPTION 'audit_content_malformed' USING ERRCODE = '22023'; END IF;
  IF (c->>'id')::bigint <> h.last_id + 1 THEN
    RAISE EXCEPTION 'audit_out_of_order' USING ERRCODE = '40001';
  END IF;
  SELECT value INTO k FROM {p}.keys WHERE name = 'audit chain';
  mac := encode({p}.hmac(convert_to(h.last_hash || p_content, 'UTF8'), k, 'sha256'), 'hex');
  INSERT INTO public.audit_log (id, at, actor_id, actor, action, entity, entity_id, case_id,
                                details, prev_hash, row_hash{sig_col})
  VALUES ((c->>'id')::bigint, (c->>'at')::timestamptz, (c->>'actor_id')::integer,
          c->>'actor', c->>'action', c->>'entity', c->>'entity_id', (c->>'case_id')::integer,
          c->'details', h.last_hash, mac{sig_val});
  UPDATE public.audit_head SET last_id = h.last_id + 1, last_hash = mac WHERE id = 1;
  RETURN mac;
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.audit_append(p_content text, p_signature text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE c json := p_content::json; uid integer := {api}.me(); uname text;
BEGIN
  IF uid IS NULL THEN
    IF NOT pg_has_role(session_user, current_user, 'MEMBER') THEN
      RAISE EXCEPTION 'audit_actor_unknown' USING ERRCODE = '42501';
    END IF;  -- the database owner (set-up, migrations) may write as the system
  ELSE
    SELECT username INTO uname FROM public.users WHERE id = uid;
    IF (c->>'actor_id')::integer IS DISTINCT FROM uid OR c->>'actor' IS DISTINCT FROM uname
    THEN RAISE EXCEPTION 'audit_actor_mismatch' USING ERRCODE = '42501'; END IF;
  END IF;
  RETURN {p}.audit_insert(p_content, p_signature);
END $$""", f"""
CREATE OR REPLACE FUNCTION {p}.audit_system(p_action text, p_entity text, p_entity_id text,
                                             p_details text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE n record;
BEGIN
  SELECT * INTO n FROM {api}.audit_next();
  RETURN {p}.audit_insert(
    '{{"action":' || to_json(p_action)::text || ',"actor":"system","actor_id":null,"at":'
    || to_json(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
    || ',"case_id":null,"details":' || p_details || ',"entity":' || to_json(p_entity)::text
    || ',"entity_id":' || to_json(p_entity_id)::text || ',"id":' || n.next_id || '}}', NULL);
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.audit_check(p_ids bigint[], p_contents text[])
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT min(a.id) FROM unnest(p_ids, p_contents) AS x(id, content)
  JOIN public.audit_log a ON a.id = x.id
  WHERE a.row_hash IS DISTINCT FROM encode({p}.hmac(convert_to(a.prev_hash || x.content,
        'UTF8'), (SELECT value FROM {p}.keys WHERE name = 'audit chain'), 'sha256'), 'hex')
$$""", f"""
CREATE OR REPLACE FUNCTION {api}.files_key() RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT value FROM {p}.keys WHERE name = 'attachments'
     AND ({api}.me() IS NOT NULL OR pg_has_role(session_user, current_user, 'MEMBER'))
$$"""]


def grants(everyone: str, auditors: str) -> list[str]:
    api, p = qi(API), qi(PRIVATE)
    return [f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {p} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {api}.audit_next(), {api}.audit_append(text, text),"
            f" {api}.files_key() TO {everyone}",
            f"GRANT EXECUTE ON FUNCTION {api}.audit_check(bigint[], text[]) TO {auditors}"]


def append(session: Session, *, at: datetime, actor_id: int | None, actor: str, action: str,
           entity: str, entity_id: str = "", case_id: int | None = None,
           details: dict[str, Any] | None = None,
           signer: Ed25519PrivateKey | None = None) -> AuditEntry:
    """Append one row through the server (same transaction); returns it as stored."""
    api = qi(API)
    details = json.loads(json.dumps(details or {}, default=str))
    next_id, prev_hash = session.execute(text(f"SELECT * FROM {api}.audit_next()")).one()
    content = canonical(next_id, at, actor_id, actor, action, entity, entity_id,
                                    case_id, details)
    signature = None
    if signer is not None:
        from .. import signing

        signature = signing.sign(signer, content)
    row_hash = session.scalar(text(f"SELECT {api}.audit_append(:c, :s)"),
                              {"c": content.decode(), "s": signature})
    return AuditEntry(id=next_id, at=at, actor_id=actor_id, actor=actor, action=action,
                      entity=entity, entity_id=entity_id, case_id=case_id, details=details,
                      prev_hash=prev_hash, row_hash=row_hash, signature=signature)


def verify(session: Session, verify_rows: Callable[..., ChainReport],
           *extra: Any) -> ChainReport:
    """The chain walk of storage.audit_chain (order, links, signatures) with the MACs checked
    by the server; the first row whose MAC fails is named if the walk finds nothing earlier."""
    bad: int | None = None
    ids: list[int] = []
    contents: list[str] = []

    def flush() -> None:
        nonlocal bad
        if ids and bad is None:
            bad = session.scalar(text(f"SELECT {qi(API)}.audit_check(:i, :c)"),
                                 {"i": ids, "c": contents})
        ids.clear()
        contents.clear()

    def checked(entries: Iterable[AuditEntry]) -> Iterable[AuditEntry]:
        for e in entries:
            ids.append(e.id)
            contents.append(canonical(
                e.id, e.at, e.actor_id, e.actor, e.action, e.entity, e.entity_id, e.case_id,
                e.details).decode())
            if len(ids) >= BATCH:
                flush()
            yield e
        flush()

    entries = session.execute(
        select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=BATCH)
    ).scalars()
    report = verify_rows(None, checked(entries), session.get(AuditHead, 1), *extra)
    if not report.ok:
        flush()  # the walk stopped early: check the rows it read since the last batch
    if bad is not None and (report.ok or (report.first_bad_id or 0) > bad):
        return ChainReport(False, report.rows, report.head, bad,
                                       f"row {bad} was altered")
    return report


def files_key(conn: Connection) -> bytes:
    value = conn.scalar(text(f"SELECT {qi(API)}.files_key()"))
    if value is None:  # connected as neither an account nor the owner
        raise UnlockFailed("server_refused")
    return bytes(value)
