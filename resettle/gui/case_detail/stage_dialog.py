"""Changing the stage of a case or a whole group: what the move needs, what is missing, who may."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import InvalidInput, ResettleError
from resettle.domain.roles import Role
from resettle.domain.stages import (
    ExclusionGround,
    RequirementCode,
    Stage,
    allowed_targets,
    check_effective_date,
)
from resettle.i18n import glossary, messages
from resettle.services.api import Services
from resettle.services.cases import CaseQuery
from resettle.services.context import Actor
from resettle.services.views import CaseRow

from ..widgets import labels
from ..widgets.date_field import DateField
from ..widgets.i18n import current_language
from ..widgets.kit import (
    STATUS_COLOURS,
    LockNote,
    RecordTable,
    explain,
    make_table,
)

OK, MISSING = "✔", "✘"


class StageChangeDialog(QDialog):
    moved = Signal(list)  # the case numbers that moved

    def __init__(self, services: Services, actor: Actor, case_nos: list[str] | None = None,
                 group: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.group = services, actor, group
        self.members: list[CaseRow] = self._members(case_nos or [], group)
        self.setWindowTitle(self.tr("Move group %1").replace("%1", group) if group
                            else self.tr("Change stage"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = RecordTable([self.tr("Case no."), self.tr("Name"), self.tr("Stage"),
                                  self.tr("Since")])
        self.table = make_table(self.model, self)
        self.target, self.ground = QComboBox(), QComboBox()
        self.ground.addItem(self.tr("— choose a ground —"), None)
        for code in ExclusionGround:
            self.ground.addItem(glossary.term(f"ground.{code.value}", current_language()),
                                code.value)
        # A typed date is never changed (no QDateEdit clamping): a date that is not allowed
        # is refused with the catalogue's sentence and stays in the field to be corrected.
        self.date = DateField(services.ctx.today(), "effective_date")
        self.date.setObjectName("effectiveDate")
        self.reason = QLineEdit()
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.needs.setObjectName("requirements")
        self.lock = LockNote()
        self.lock.setObjectName("supervisorLock")
        self.result = QLabel()
        self.result.setObjectName("failure")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(f"color: {STATUS_COLOURS['overdue']};")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Move &to"), self.target)
        self.form.addRow(self.tr("&Effective date"), self.date)
        self.form.addRow(self.tr("&Ground"), self.ground)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = self.buttons.addButton(self.tr("&Move"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(QLabel("<b>" + self.tr("What this move needs") + "</b>"))
        layout.addWidget(self.needs)
        layout.addWidget(self.lock)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self._fill()
        for signal in (self.target.currentIndexChanged, self.ground.currentIndexChanged,
                       self.reason.textChanged):
            signal.connect(lambda *_a: self.update_needs())
        self.update_needs()
        self.resize(760, 560)

    def _members(self, case_nos: list[str], group: str | None) -> list[CaseRow]:
        try:
            if group:
                return list(self.services.groups.view(self.actor, group).members)
            rows = []
            for no in case_nos:
                ids = self.services.cases.find_ids(self.actor, CaseQuery(search=no))
                rows += [r for r in self.services.cases.rows(self.actor, ids)
                         if r.case_no == no.strip().upper()]
            return rows
        except ResettleError as exc:
            self.load_error = explain(exc)
            return []

    def _fill(self) -> None:
        m = self.members
        self.model.set_rows([(r.case_no, f"{r.name.hangul} {r.name.latin}".strip(),
                              labels.stage(r.stage), r.stage_date.isoformat()) for r in m],
                            [r.case_no for r in m])
        self.table.setVisible(len(m) > 1 or bool(self.group))
        if not m:
            self.heading.setText(getattr(self, "load_error", self.tr("No case to move.")))
        elif self.group:
            self.heading.setText(self.tr("Every member of group %1 moves, or none does (%2 "
                                         "members):").replace("%1", self.group).replace(
                "%2", str(len(m))))
        elif len(m) == 1:
            self.heading.setText(self.tr("%1 %2 is in %3 since %4.").replace(
                "%1", m[0].case_no).replace("%2", m[0].name.hangul).replace(
                "%3", labels.stage(m[0].stage)).replace("%4", m[0].stage_date.isoformat()))
        else:
            self.heading.setText(self.tr("%1 cases:").replace("%1", str(len(m))))
        for target in self._targets():
            self.target.addItem(labels.stage(target.value), target.value)
        if m and not self.target.count():
            self.needs.setText(self.tr("No move is possible from the current stage."))

    def _targets(self) -> list[Stage]:
        """The moves allowed from every member's stage, in the domain's order."""
        if not self.members:
            return []
        sets = [allowed_targets(Stage(r.stage)) for r in self.members]
        return [t for t in sets[0] if all(t in s for s in sets[1:])]

    def update_needs(self) -> None:
        target = self.target.currentData()
        self.ground.setEnabled(target == Stage.EXCLUDED.value)
        if not target or not self.members:
            self.move_button.setEnabled(False)
            self.lock.set_text("")
            return
        try:
            needs = self.services.lifecycle.requirements(self.actor, self.members[0].case_no,
                                                         target)
        except ResettleError as exc:
            self.needs.setText(explain(exc))
            self.move_button.setEnabled(False)
            return
        lines, blocked, missing = [], False, False
        for req in needs:
            met, text = self._met(req.code)
            blocked |= met is None
            missing |= met is False and req.code in (RequirementCode.GROUND,
                                                     RequirementCode.PLACEMENT,
                                                     RequirementCode.PROGRAMME_COMPLETED)
            mark = OK if met else MISSING
            colour = STATUS_COLOURS["ok" if met else "overdue"]
            rule = messages.text(req.rule, current_language())
            lines.append(f"<span style='color:{colour}'>{mark}</span> {rule}"
                         + (f" — <i>{text}</i>" if text else ""))
        self.needs.setText("<br>".join(lines) or self.tr("Only an effective date (not in the "
                                                         "future)."))
        self.move_button.setEnabled(not blocked and not missing)
        supervisor_only = any(r.code is RequirementCode.SUPERVISOR for r in needs)
        self.lock.set_text("" if not supervisor_only else self.tr(
            "Supervisor decision. You cannot make this move: ask a supervisor.") if blocked
            else self.tr("Supervisor decision: you decide this as a supervisor."))
        self.move_button.setToolTip(self.lock.text() if blocked else "")

    def _met(self, code: RequirementCode) -> tuple[bool | None, str]:
        """(met, why): met None means this actor may not make the move at all."""
        supervisor = self.actor.role is Role.SUPERVISOR
        if code is RequirementCode.SUPERVISOR:
            return (True, "") if supervisor else (None, self.tr(
                "only a supervisor may decide this; you cannot"))
        if code is RequirementCode.GROUND:
            return (self.ground.currentData() is not None,
                    "" if self.ground.currentData() else self.tr("choose one below"))
        if code is RequirementCode.PLACEMENT:
            missing = [r.case_no for r in self.members if not self._has_placement(r.case_no)]
            return (not missing, self.tr("missing for %1").replace("%1", ", ".join(missing))
                    if missing else "")
        if code is RequirementCode.PROGRAMME_COMPLETED:
            missing = [r.case_no for r in self.members if not self._completed(r.case_no)]
            if not missing:
                return True, ""
            if supervisor:
                return bool(self.reason.text().strip()), self.tr(
                    "not completed by %1: your override needs a reason").replace(
                    "%1", ", ".join(missing))
            return None, self.tr("not completed by %1: only a supervisor may release "
                                 "before completion").replace("%1", ", ".join(missing))
        if code is RequirementCode.REASON_OR_PROTECTION_END:
            if supervisor:
                return bool(self.reason.text().strip()), self.tr(
                    "a reason is needed before the end of the protection period")
            return True, self.tr("a caseworker can close only at the end of the protection "
                                 "period")
        return True, ""

    def _section(self, case_no: str, name: str) -> Any:
        try:
            return self.services.cases.show(self.actor, case_no).sections.get(name)
        except ResettleError:
            return None

    def _has_placement(self, case_no: str) -> bool:
        return self._section(case_no, "placement") is not None

    def _completed(self, case_no: str) -> bool:
        programme = self._section(case_no, "programme")
        return programme is not None and programme.completed_on is not None

    def typed_date(self) -> Any:
        """The date as typed, checked against every member's arrival and current stage date
        (the service checks again); None, with the refusal shown, when it is not allowed."""
        try:
            when = self.date.value()
            for r in self.members:
                check_effective_date(when, today=self.services.ctx.today(),
                                     previous_date=r.stage_date,
                                     arrival_date=getattr(r, "arrival_date", None))
        except InvalidInput as exc:
            self.result.setText(self.tr("Nothing was moved.") + " " + explain(exc))
            self.date.setFocus()
            return None
        return when

    def apply(self) -> None:
        target = str(self.target.currentData())
        when, reason = self.typed_date(), self.reason.text()
        if when is None:
            return
        ground = self.ground.currentData() if target == Stage.EXCLUDED.value else None
        try:
            if self.group:
                moved = self.services.groups.advance(self.actor, self.group, target, when,
                                                     reason, ground)
            else:
                moved = self._advance_each(target, when, reason, ground)
        except ResettleError as exc:
            self._failed(exc)
            return
        self.moved.emit(moved)
        self.accept()

    def _advance_each(self, target: str, when: Any, reason: str, ground: Any) -> list[str]:
        moved: list[str] = []
        for r in self.members:
            try:
                self.services.lifecycle.advance(self.actor, r.case_no, target, when, reason,
                                                ground)
            except ResettleError as exc:
                if moved:
                    self.moved.emit(moved)
                exc.params.setdefault("case_no", r.case_no)
                exc.params["moved"] = moved
                raise
            moved.append(r.case_no)
        return moved

    def _failed(self, exc: ResettleError) -> None:
        who = str(exc.params.get("case_no", ""))
        cause = exc.__cause__ if isinstance(exc.__cause__, ResettleError) else exc
        moved = exc.params.get("moved") or []
        first = (self.tr("Nothing was moved.") if not moved else self.tr(
            "Moved: %1. The rest did not move.").replace("%1", ", ".join(moved)))
        if who:
            row = next((r for r in self.members if r.case_no == who), None)
            name = f" ({row.name.hangul})" if row else ""
            self.result.setText(first + " " + self.tr("%1 cannot move: %2").replace(
                "%1", who + name).replace("%2", explain(cause)))
            index = next((i for i, r in enumerate(self.members) if r.case_no == who), None)
            if index is not None:
                self.model.set_rows(self.model.rows, self.model.keys, colours={
                    (index, c): STATUS_COLOURS["overdue"] for c in range(4)})
                self.table.selectRow(index)
        else:
            self.result.setText(first + " " + explain(cause))
