"""A legal name change: the new name from a date, with a reason; the old name is kept as a
former name ("formerly …"), still searchable."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.names import NAME_FIELDS, NameChange
from resettle.services.views import CaseDetail

from ..widgets.date_field import DateField
from .record_dialog import RecordDialog, _t, text_box


def formerly(d: CaseDetail) -> str:
    """"formerly 리금숙 (Ri Kum-suk), until 2026-02-01; …" or "" for no earlier name."""
    parts = []
    for n in d.former_names:
        name = n.hangul + (f" ({n.latin})" if n.latin else "")
        if n.valid_until:
            name = _t("%1 until %2").replace("%1", name).replace("%2", n.valid_until.isoformat())
        parts.append(name)
    return _t("formerly %1").replace("%1", "; ".join(parts)) if parts else ""


class NameChangeDialog(RecordDialog):
    def __init__(self, parent: QWidget, services: Services, actor: Actor,
                 detail: CaseDetail) -> None:
        super().__init__(parent, _t("Legal name change"), self._rename, _t(
            "Record a new legal name from the day it takes effect. The name it replaces is "
            "kept as a former name and stays searchable."))
        self.services, self.actor, self.detail = services, actor, detail
        labels = (_t("&Family name (Hangul)"), _t("&Given name (Hangul)"),
                  _t("Family name (&Latin)"), _t("Given name (La&tin)"))
        for name, label in zip(NAME_FIELDS, labels, strict=True):
            self.add(name, label, QLineEdit(getattr(detail.name, name)))
        self.add("effective_date", _t("&In effect from"),
                 DateField(detail.as_of, "effective_date"))
        self.add("reason", _t("&Reason"), text_box(48))

    def _rename(self, _dlg: RecordDialog) -> object:
        new = {name: self.value(name) for name in NAME_FIELDS}
        change = NameChange(self.value("effective_date"), self.value("reason"), **{
            name: value if value != getattr(self.detail.name, name) else None
            for name, value in new.items()})
        return self.services.names.rename(self.actor, self.detail.case_no, change,
                                          self.detail.person_version)
